// The core of the web application: the token (sessionStorage only), API calls, the role table, DOM helpers (docs/web.md).
// No innerHTML with data: every text from the API goes in as a text node.

const SLEUTEL = 'samenboek.token';
export const API = '/api/v1';

let opties = null;

/** An element: h('p', {class: 'x'}, 'tekst', kind). Attributes with value null/false are left out. */
export function h(tag, attrs = {}, ...kinderen) {
  const el = tag.startsWith('svg:') ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attrs || {})) {
    if (waarde === null || waarde === undefined || waarde === false) continue;
    if (naam.startsWith('on') && typeof waarde === 'function') el.addEventListener(naam.slice(2), waarde);
    else el.setAttribute(naam, waarde === true ? '' : String(waarde));
  }
  voegToe(el, kinderen);
  return el;
}

function voegToe(el, kinderen) {
  for (const kind of kinderen.flat(Infinity)) {
    if (kind === null || kind === undefined || kind === false) continue;
    el.append(kind instanceof Node ? kind : document.createTextNode(String(kind)));
  }
}

export function svg(tag, attrs, ...kinderen) { return h('svg:' + tag, attrs, ...kinderen); }

// ---- the token ----------------------------------------------------------------------------------------------------

export function token() { return sessionStorage.getItem(SLEUTEL); }

export function bewaarToken(waarde) { sessionStorage.setItem(SLEUTEL, waarde.trim()); }

export function vergeetToken() { sessionStorage.removeItem(SLEUTEL); }

/** The claims of the token (read only to show who is signed in and to pick what to call; the API checks the token itself). */
export function claims() {
  const t = token();
  if (!t) return null;
  try {
    const deel = t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const tekst = new TextDecoder().decode(Uint8Array.from(atob(deel + '='.repeat((4 - deel.length % 4) % 4)), c => c.charCodeAt(0)));
    const c = JSON.parse(tekst);
    if (typeof c.exp === 'number' && c.exp * 1000 < Date.now()) return null;
    return c;
  } catch (e) {
    return null;
  }
}

export function rol() { return claims()?.rol ?? null; }
export function eigenGemeente() { const c = claims(); return c && (c.rol === 'college' || c.rol === 'raad') ? c.gemeente : null; }

// ---- the API --------------------------------------------------------------------------------------------------------

export class Antwoord {
  constructor(status, kop, data) { this.status = status; this.kop = kop; this.data = data; }
  get ok() { return this.status >= 200 && this.status < 300; }
}

/** Calls the API with the bearer token. Never throws for an HTTP status; a network failure is status 0. */
export async function api(pad, { methode = 'GET', lichaam, params, koppen = {}, accept = 'application/json', blob = false } = {}) {
  const adres = new URL(API + pad, location.origin);
  for (const [naam, waarde] of Object.entries(params || {})) {
    if (waarde !== null && waarde !== undefined && waarde !== '') adres.searchParams.set(naam, waarde);
  }
  const alle = { Accept: accept, ...koppen };
  if (token()) alle.Authorization = 'Bearer ' + token();
  if (lichaam !== undefined) alle['Content-Type'] = 'application/json';
  let antwoord;
  try {
    antwoord = await fetch(adres, { method: methode, headers: alle, body: lichaam === undefined ? undefined : JSON.stringify(lichaam),
      cache: 'no-store', credentials: 'omit', redirect: 'error' });
  } catch (e) {
    return new Antwoord(0, new Headers(), { title: 'Geen verbinding', detail: 'samenboek is niet bereikbaar. Probeer het later opnieuw.' });
  }
  let data = null;
  if (blob && antwoord.ok) data = await antwoord.blob();
  else {
    const tekst = await antwoord.text();
    const type = antwoord.headers.get('Content-Type') || '';
    data = type.includes('json') && tekst ? JSON.parse(tekst) : tekst;
  }
  if (antwoord.status === 401 && pad !== '/ontwikkeltokens') {
    vergeetToken();
    window.dispatchEvent(new CustomEvent('samenboek-afgemeld'));
  }
  return new Antwoord(antwoord.status, antwoord.headers, data);
}

/** The public sign-in options with the role table; fetched once. */
export async function aanmeldopties() {
  if (!opties) {
    const a = await api('/aanmeldopties');
    opties = a.ok ? a.data : { ontwikkeltokens: false, oidc: null, gemeenten: [], rollen: [], rechten: [] };
  }
  return opties;
}

/** Whether the signed-in rol may use this endpoint, by the API's own role table (docs/security.md). */
export function mag(methode, pad) {
  const r = rol();
  if (!r || !opties) return false;
  return opties.rechten.some(recht => recht.methode === methode && recht.pad === pad && recht.rollen.includes(r));
}

export function gemeentenaam(code) {
  return opties?.gemeenten.find(g => g.code === code)?.naam ?? code;
}

export function gemeenten() { return opties?.gemeenten ?? []; }

// ---- formatting ---------------------------------------------------------------------------------------------------

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const PROCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const MOMENT = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

export const getal = w => (w === null || w === undefined ? '–' : GETAL.format(Number(w)));
export const euro = w => (w === null || w === undefined ? '–' : EURO.format(Number(w)));
export const procent = w => (w === null || w === undefined ? '–' : PROCENT.format(Number(w)));
export const datum = w => (w ? DATUM.format(new Date(w.length === 10 ? w + 'T12:00:00Z' : w)) : '–');
export const moment = w => (w ? MOMENT.format(new Date(w)) : '–');
export const ja = w => (w === true ? 'ja' : w === false ? 'nee' : '–');

/** A problem+json as a sentence. */
export function probleemtekst(antwoord) {
  const d = antwoord.data;
  if (d && typeof d === 'object') return [d.title, d.detail].filter(Boolean).join(': ');
  return 'Er ging iets mis (status ' + antwoord.status + ').';
}
