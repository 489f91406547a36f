// Browser mode's stand-in for the Electron preload: the same window.ocx, over a WebSocket.
import { createApi } from './bridge/api';
import { createWebSocketTransport } from './transport/websocket';

const page = new URL(window.location.href);
const bridgeUrl = new URL('/bridge', page);
bridgeUrl.protocol = page.protocol === 'https:' ? 'wss:' : 'ws:';

// The access token arrives once in the URL; the server has set a cookie, so take it off the address bar.
if (page.searchParams.has('token')) {
  page.searchParams.delete('token');
  window.history.replaceState(null, '', page);
}

Object.defineProperty(window, 'ocx', {
  value: Object.freeze(createApi(createWebSocketTransport(bridgeUrl.href))),
  enumerable: true,
});
