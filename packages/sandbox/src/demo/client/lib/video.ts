import { bi, h } from './dom';

/**
 * Puts a `<sehat-video-room>` for `token` into `host`. Guests the host adds get a link to the patient page
 * with their token in the fragment, which browsers never send to a server.
 */
export function mountVideoRoom(host: HTMLElement, token: string, status: HTMLElement): HTMLElement {
  const room = h('sehat-video-room', {
    endpoint: '/api',
    token,
    'guest-link': `${location.origin}/konsultasi#join={token}`,
  });
  room.addEventListener('sehat-consultation-ended', () => {
    status.replaceChildren(bi('Konsultasi selesai.', 'The consultation has ended.'));
  });
  room.addEventListener('sehat-admitted', (event) => {
    if ((event as CustomEvent<{ self?: boolean }>).detail.self) {
      status.replaceChildren(bi('Anda dipersilakan masuk.', 'You were let in.'));
    }
  });
  host.replaceChildren(room);
  return room;
}
