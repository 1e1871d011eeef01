// samenboek in the browser: routes, sign-in and the page frame (docs/web.md).
import { h, api, aanmeldopties, claims, token, bewaarToken, vergeetToken, rol, eigenGemeente, gemeentenaam } from './kern.js';
import { route, ga, veld, keuzelijst, melding, toonVeldfouten } from './onderdelen.js';
import { pkceStart, pkceAfronden } from './oidc.js';
import * as paginas from './paginas.js';

const MENU = {
  groeimodel: 'Groeimodel', capaciteit: 'Capaciteit', uitvoeringsagenda: 'Uitvoeringsagenda', opdrachten: 'Opdrachten',
  'pc-documenten': 'P&C-documenten', signalen: 'Signalen', audit: 'Audit',
};
const ROLNAMEN = { college: 'College', raad: 'Raad', directie: 'Directie', bestuur: 'Bestuur', auditor: 'Auditor', beheerder: 'Beheerder' };

const inhoud = () => document.getElementById('inhoud');
// the page as loaded keeps the browser's own focus order (skip link, menu); later pages move focus to their content
let eerstePagina = true;

/** Renders the route; main carries aria-busy while it loads and data-getoond (the hash shown) when done. */
async function toon() {
  const hash = location.hash;
  inhoud().setAttribute('aria-busy', 'true');
  await toonRoute();
  eerstePagina = false;
  if (location.hash === hash) {
    inhoud().setAttribute('aria-busy', 'false');
    inhoud().dataset.getoond = hash;
  }
}

async function toonRoute() {
  const opties = await aanmeldopties();
  const { delen, params } = route();
  const c = claims();
  document.getElementById('menu').hidden = !c;
  document.getElementById('gebruiker').hidden = !c;
  if (c) {
    document.getElementById('gebruiker-naam').textContent = 'Aangemeld als ' + (ROLNAMEN[c.rol] || c.rol)
      + (eigenGemeente() ? ' van ' + gemeentenaam(eigenGemeente()) : '');
  }
  document.querySelectorAll('#menu a').forEach(a => {
    if (a.getAttribute('href') === '#/' + (delen[0] || '')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (!c) {
    if (delen[0] !== 'aanmelden') bewaarBestemming();
    return toonPagina('Aanmelden', aanmeldpagina(opties, params));
  }
  if (!delen[0] || delen[0] === 'aanmelden') return ga(naBestemming());
  const pagina = paginas[delen[0].replace(/-(.)/g, (_, l) => l.toUpperCase())];
  if (!MENU[delen[0]] || !pagina) {
    return toonPagina('Pagina niet gevonden', h('div', {}, h('h1', {}, 'Pagina niet gevonden'), h('p', {}, 'Kies een onderdeel in het menu.')));
  }
  const titel = MENU[delen[0]];
  const vak = h('div', {}, h('h1', {}, titel), h('p', {}, 'Bezig met laden…'));
  toonPagina(titel, vak);
  const nieuw = await pagina(delen.slice(1), params);
  if (inhoud().contains(vak)) {
    vak.replaceWith(nieuw.inhoud);
    document.title = nieuw.titel + ' — samenboek';
  }
}

function toonPagina(titel, element) {
  document.title = titel + ' — samenboek';
  inhoud().replaceChildren(element);
  // a new page: focus goes to its content (a screen reader reads on from there; the next Tab is the page's first control)
  if (!eerstePagina && !inhoud().contains(document.activeElement)) inhoud().focus();
}

function bewaarBestemming() {
  const hash = location.hash;
  if (hash && !hash.startsWith('#/aanmelden')) sessionStorage.setItem('samenboek.bestemming', hash.slice(1));
}

function naBestemming() {
  const bestemming = sessionStorage.getItem('samenboek.bestemming');
  sessionStorage.removeItem('samenboek.bestemming');
  return bestemming && bestemming.startsWith('/') ? bestemming.split('?')[0] : '/uitvoeringsagenda';
}

function naAanmelden() {
  const bestemming = sessionStorage.getItem('samenboek.bestemming');
  sessionStorage.removeItem('samenboek.bestemming');
  const doel = bestemming && bestemming.startsWith('/') ? '#' + bestemming : '#/uitvoeringsagenda';
  if (location.hash === doel) toon();
  else location.hash = doel;
  document.getElementById('inhoud').focus();
}

function aanmeldpagina(opties, params) {
  const samenvatting = h('div');
  const tokenveld = h('textarea', { name: 'token', id: 'token', required: true, autocomplete: 'off', spellcheck: 'false', rows: 4 });
  const formulier = h('form', { class: 'aanmelden', novalidate: true },
    samenvatting,
    veld('Token', tokenveld, 'Plak het toegangstoken (JWT) dat u van uw organisatie kreeg.'),
    h('button', { type: 'submit' }, 'Inloggen'));
  formulier.addEventListener('submit', async e => {
    e.preventDefault();
    const waarde = tokenveld.value.trim();
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(waarde)) {
      return toonVeldfouten(formulier, { ok: false, data: { invalidParams: [{ name: 'token', reason: 'Dit is geen token: plak de drie delen, gescheiden door punten.' }] } }, samenvatting);
    }
    bewaarToken(waarde);
    if (!claims()) {
      vergeetToken();
      return toonVeldfouten(formulier, { ok: false, data: { invalidParams: [{ name: 'token', reason: 'Dit token is verlopen of onleesbaar.' }] } }, samenvatting);
    }
    naAanmelden();
  });
  const delen = [h('h1', {}, 'Aanmelden'),
    h('p', { class: 'inleiding' }, 'samenboek houdt bij welke opdrachten de gemeenten aan de werkorganisatie geven, hoeveel uren '
      + 'daarvoor zijn toegezegd en besteed, en hoe de uitvoeringsagenda vordert. Meld u aan om verder te gaan.'),
    params.get('melding') === 'afgemeld' ? melding('', 'U bent afgemeld', 'Uw token is verlopen of u heeft zich afgemeld.') : null];
  if (opties.oidc) {
    delen.push(h('h2', {}, 'Met uw gemeente-account'),
      h('div', { class: 'knoppen' }, h('button', { type: 'button', onclick: () => pkceStart(opties.oidc) }, 'Inloggen met de gemeente')));
  }
  delen.push(h('h2', {}, 'Met een token'), formulier);
  if (opties.ontwikkeltokens) delen.push(ontwikkelformulier(opties));
  return h('div', {}, delen);
}

/** Only in the embedded development mode and from this machine: a local token for a chosen rol (docs/web.md). */
function ontwikkelformulier(opties) {
  const samenvatting = h('div');
  const rolkeuze = keuzelijst('rol', opties.rollen.map(r => [r, ROLNAMEN[r] || r]), 'raad', { id: 'ontwikkel-rol' });
  const gemeentekeuze = keuzelijst('gemeente', opties.gemeenten.map(g => [g.code, g.naam]), opties.gemeenten[0]?.code, { id: 'ontwikkel-gemeente' });
  const gemeentevak = veld('Gemeente', gemeentekeuze, 'Alleen voor college en raad');
  const bijwerken = () => { gemeentevak.hidden = !['college', 'raad'].includes(rolkeuze.value); };
  rolkeuze.addEventListener('change', bijwerken);
  bijwerken();
  const formulier = h('form', { novalidate: true }, samenvatting, veld('Rol', rolkeuze), gemeentevak,
    h('button', { type: 'submit', class: 'secundair' }, 'Ontwikkeltoken gebruiken'));
  formulier.addEventListener('submit', async e => {
    e.preventDefault();
    const lichaam = { rol: rolkeuze.value };
    if (!gemeentevak.hidden) lichaam.gemeente = gemeentekeuze.value;
    const antwoord = await api('/ontwikkeltokens', { methode: 'POST', lichaam });
    if (toonVeldfouten(formulier, antwoord, samenvatting)) return;
    bewaarToken(antwoord.data.token);
    naAanmelden();
  });
  return h('section', { 'aria-labelledby': 'ontwikkelkop' }, h('h2', { id: 'ontwikkelkop' }, 'Ontwikkelstand: kies een rol'),
    h('p', {}, 'Alleen op deze machine en zonder identiteitsprovider: samenboek maakt een token met zijn eigen ontwikkelsleutel, '
      + 'zoals make token. Nooit in productie.'), formulier);
}

document.getElementById('afmelden').addEventListener('click', () => {
  vergeetToken();
  location.hash = '#/aanmelden?melding=afgemeld';
});
window.addEventListener('samenboek-afgemeld', () => { location.hash = '#/aanmelden?melding=afgemeld'; });
window.addEventListener('hashchange', () => { if (location.hash !== '#inhoud') toon(); });
document.getElementById('naar-inhoud').addEventListener('click', e => { e.preventDefault(); inhoud().focus(); });

(async () => {
  const opties = await aanmeldopties();
  if (opties.oidc && await pkceAfronden(opties.oidc)) location.hash = '#/uitvoeringsagenda';
  toon();
})();

export { token, rol };
