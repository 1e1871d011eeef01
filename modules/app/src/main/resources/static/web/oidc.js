// "Inloggen met de gemeente": the OpenID Connect authorization-code flow with PKCE (RFC 7636), in the browser, with
// the provider and client id of GET /api/v1/aanmeldopties (docs/web.md). The verifier and state live in sessionStorage
// for the one round trip; the access token goes to sessionStorage like a pasted one, never into the URL.
import { bewaarToken } from './kern.js';

const OPSLAG = 'samenboek.pkce';

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function willekeurig(n) { return base64url(crypto.getRandomValues(new Uint8Array(n))); }

async function ontdek(issuer) {
  const antwoord = await fetch(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration', { credentials: 'omit' });
  if (!antwoord.ok) throw new Error('De identiteitsprovider is niet bereikbaar.');
  return antwoord.json();
}

const terugadres = () => location.origin + '/';

export async function pkceStart(oidc) {
  const configuratie = await ontdek(oidc.issuer);
  const verifier = willekeurig(32);
  const state = willekeurig(16);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(OPSLAG, JSON.stringify({ verifier, state, tokenEndpoint: configuratie.token_endpoint }));
  const adres = new URL(configuratie.authorization_endpoint);
  adres.search = new URLSearchParams({ response_type: 'code', client_id: oidc.clientId, redirect_uri: terugadres(),
    scope: 'openid', state, code_challenge: challenge, code_challenge_method: 'S256' }).toString();
  location.assign(adres.toString());
}

/** After the provider sent the browser back with ?code=…&state=…: trades the code for a token. True when signed in. */
export async function pkceAfronden(oidc) {
  const zoek = new URLSearchParams(location.search);
  if (!zoek.has('code') && !zoek.has('error')) return false;
  const bewaard = JSON.parse(sessionStorage.getItem(OPSLAG) || 'null');
  sessionStorage.removeItem(OPSLAG);
  history.replaceState(null, '', location.pathname + location.hash);
  if (!bewaard || zoek.get('state') !== bewaard.state || !zoek.has('code')) return false;
  const antwoord = await fetch(bewaard.tokenEndpoint, {
    method: 'POST', credentials: 'omit',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: zoek.get('code'), redirect_uri: terugadres(),
      client_id: oidc.clientId, code_verifier: bewaard.verifier }),
  });
  if (!antwoord.ok) return false;
  const tokens = await antwoord.json();
  if (!tokens.access_token) return false;
  bewaarToken(tokens.access_token);
  return true;
}
