// A real OAuth 2 / OpenID Connect authorization server (the `oidc-provider` package) for the
// end-to-end sign-in tests. The test suite starts it, reads one JSON line from stdout
// ({"issuer": ...}) to know it is ready, and kills it on teardown.
//
// It listens on 127.0.0.1 only, on the port given as the first argument (0 = a free one), and
// registers one native public client (token_endpoint_auth_method "none") whose redirect URI
// is a loopback address: per RFC 8252 §7.3, oidc-provider then accepts any port on it.
// PKCE is required for public clients by oidc-provider's default policy. The dev interaction
// pages (login and consent forms) are enabled, so a test can "play the browser" with httpx.
import http from 'node:http';
import process from 'node:process';

import Provider from 'oidc-provider';

const requestedPort = Number.parseInt(process.argv[2] ?? '0', 10);
const clientId = process.env.OIDC_CLIENT_ID ?? 'postdesk-desktop';
const accessTtl = Number.parseInt(process.env.OIDC_ACCESS_TTL ?? '3600', 10);

const server = http.createServer();

server.listen(requestedPort, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/callback', 'http://[::1]/callback'],
    }],
    scopes: ['openid', 'offline_access', 'profile'],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
    },
    ttl: { AccessToken: accessTtl },
    cookies: { keys: ['postdesk-test-only-cookie-key'] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, name: `Test ${id}`, preferred_username: id };
        },
      };
    },
  });
  // oidc-provider warns about the dev-only interactions and the in-memory adapter: both are
  // what a throwaway test server wants, so keep stderr for real errors only.
  provider.on('server_error', (_ctx, err) => { console.error('server_error', err); });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer, client_id: clientId })}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => { server.close(); process.exit(0); });
}
