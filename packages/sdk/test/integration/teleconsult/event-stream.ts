/** Reads a `text/event-stream` response the way the element does: a POST with the token, parsed by hand. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

export class EventStreamReader {
  readonly events: StreamEvent[] = [];
  readonly done: Promise<void>;
  readonly #controller = new AbortController();

  constructor(url: string, token: string) {
    this.done = this.#read(url, token).catch((error: unknown) => {
      if ((error as Error).name !== 'AbortError') throw error;
    });
  }

  async #read(url: string, token: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ token }),
      signal: this.#controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length) this.events.push({ event, data: JSON.parse(data.join('\n')) });
        end = buffer.indexOf('\n\n');
      }
    }
  }

  notices(type?: string): Record<string, unknown>[] {
    return this.events
      .filter((e) => e.event === 'notice')
      .map((e) => e.data as Record<string, unknown>)
      .filter((n) => type === undefined || n['type'] === type);
  }

  lastState(): Record<string, unknown> & { you: Record<string, unknown>; participants: unknown[] } {
    const states = this.events.filter((e) => e.event === 'state');
    return states.at(-1)?.data as ReturnType<EventStreamReader['lastState']>;
  }

  close() {
    this.#controller.abort();
  }
}
