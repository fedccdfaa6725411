/** One server-sent event. */
export interface StreamMessage {
  event: string;
  data: string;
}

/**
 * Reads a `text/event-stream` body. The room's stream is a POST (the join token rides in the body, not the
 * URL), which `EventSource` cannot send, so the parsing is done here (WHATWG HTML "Server-sent events").
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onMessage: (message: StreamMessage) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let newline = buffer.search(/\r\n|\r|\n/);
    while (newline !== -1) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(
        buffer[newline] === '\r' && buffer[newline + 1] === '\n' ? newline + 2 : newline + 1,
      );
      if (line === '') {
        if (data.length) onMessage({ event: event || 'message', data: data.join('\n') });
        event = '';
        data = [];
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const text = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = text;
        else if (field === 'data') data.push(text);
      }
      newline = buffer.search(/\r\n|\r|\n/);
    }
  }
}
