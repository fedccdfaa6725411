import { Hono } from 'hono';
import type { SinkMessage, SmtpSink } from './smtp-sink';

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function summary(m: SinkMessage) {
  return {
    id: m.id,
    receivedAt: m.receivedAt,
    from: m.from,
    to: m.to,
    subject: m.subject,
    calendarMethod: m.calendar?.method,
    parts: m.parts.length,
  };
}

function page(messages: SinkMessage[]): string {
  const rows = messages
    .slice()
    .reverse()
    .map(
      (m) => `<li><a href="messages/${m.id}/view">${escapeHtml(m.subject || '(no subject)')}</a>
  <small>${escapeHtml(m.to.join(', '))} · ${escapeHtml(m.receivedAt)}${m.calendar ? ` · .ics ${escapeHtml(m.calendar.method ?? '')}` : ''}</small></li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandbox mailbox</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}small{display:block;color:#555}</style>
</head><body><h1>Sandbox mailbox</h1><p>${messages.length} message(s) received by the SMTP sink.</p><ul>${rows}</ul></body></html>`;
}

function view(m: SinkMessage): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(m.subject)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f5f5f5;padding:1rem}</style>
</head><body><p><a href="../../">All messages</a></p><h1>${escapeHtml(m.subject)}</h1>
<p>From ${escapeHtml(m.from ?? '')} to ${escapeHtml(m.to.join(', '))}</p>
${m.calendar ? `<p><a href="calendar.ics">Calendar invite (${escapeHtml(m.calendar.method ?? '')})</a></p>` : ''}
<pre>${escapeHtml(m.text)}</pre><p><a href="raw">Raw message</a></p></body></html>`;
}

/**
 * HTTP access to the sink for the demo and for browser tests: `GET /` (an HTML list), `GET /messages`
 * (JSON), `GET /messages/:id` (JSON), `/messages/:id/view`, `/messages/:id/raw`,
 * `/messages/:id/calendar.ics`, `DELETE /messages`.
 */
export function mailboxApp(sink: SmtpSink): Hono {
  const app = new Hono();
  const find = (id: string) => sink.message(id);
  app.get('/', (c) => c.html(page(sink.messages())));
  app.get('/messages', (c) => c.json({ messages: sink.messages().map(summary) }));
  app.delete('/messages', (c) => {
    sink.clear();
    return c.body(null, 204);
  });
  app.get('/messages/:id', (c) => {
    const m = find(c.req.param('id'));
    if (!m) return c.json({ error: 'not_found' }, 404);
    const { raw: _raw, ...rest } = m;
    return c.json(rest);
  });
  app.get('/messages/:id/view', (c) => {
    const m = find(c.req.param('id'));
    return m ? c.html(view(m)) : c.text('Not found', 404);
  });
  app.get('/messages/:id/raw', (c) => {
    const m = find(c.req.param('id'));
    return m ? c.body(m.raw, 200, { 'content-type': 'message/rfc822' }) : c.text('Not found', 404);
  });
  app.get('/messages/:id/calendar.ics', (c) => {
    const m = find(c.req.param('id'));
    if (!m?.calendar) return c.text('Not found', 404);
    return c.body(m.calendar.content, 200, { 'content-type': 'text/calendar; charset=utf-8' });
  });
  return app;
}
