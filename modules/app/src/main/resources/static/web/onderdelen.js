// Shared parts of the pages: the peildatum/bekendOp controls, tables, bar charts, messages and form errors (docs/web.md).
import { h, svg, probleemtekst, getal } from './kern.js';

/** The current route: path parts and query parameters of the hash (#/opdrachten/id?peildatum=…). */
export function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [pad, zoek = ''] = hash.split('?');
  return { delen: pad.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(zoek) };
}

/** Navigates to a route with these parameters (empty ones left out); the URL never carries the token. */
export function ga(pad, params = {}) {
  const zoek = new URLSearchParams();
  for (const [naam, waarde] of Object.entries(params)) if (waarde !== null && waarde !== undefined && waarde !== '') zoek.set(naam, waarde);
  const nieuw = '#' + pad + (zoek.toString() ? '?' + zoek : '');
  if (location.hash === nieuw) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = nieuw;
}

let volgnummer = 0;
export const uniek = voorvoegsel => voorvoegsel + '-' + (++volgnummer);

/** A labelled field. */
export function veld(label, invoer, hulp) {
  const id = invoer.id || uniek('veld');
  invoer.id = id;
  const hulpId = hulp ? id + '-hulp' : null;
  if (hulpId) invoer.setAttribute('aria-describedby', hulpId);
  return h('div', { class: 'veld', 'data-veld': invoer.name }, h('label', { for: id }, label),
    hulp ? h('span', { class: 'hulp', id: hulpId }, hulp) : null, invoer);
}

export function keuzelijst(naam, keuzes, gekozen, attrs = {}) {
  return h('select', { name: naam, ...attrs }, keuzes.map(([waarde, tekst]) => h('option', { value: waarde, selected: String(waarde) === String(gekozen ?? '') }, tekst)));
}

/**
 * The peildatum and bekendOp controls of every page with derived state; submitting puts them in the URL (bookmarkable).
 * extra: more fields in the same form (e.g. jaar, gemeente), named as their query parameter.
 */
export function peilformulier(pad, params, extra = []) {
  const peildatum = h('input', { type: 'date', name: 'peildatum', value: params.get('peildatum') || '' });
  const bekendOp = h('input', { type: 'datetime-local', name: 'bekendOp', step: 1, value: lokaal(params.get('bekendOp')) });
  const formulier = h('form', { class: 'peil', 'aria-label': 'Peilmoment' },
    extra,
    veld('Peildatum', peildatum, 'Leeg: vandaag'),
    veld('Bekend op', bekendOp, 'Leeg: alles wat nu vastligt'),
    h('div', { class: 'veld' }, h('button', { type: 'submit' }, 'Toon')));
  formulier.addEventListener('submit', e => {
    e.preventDefault();
    const waarden = Object.fromEntries(new FormData(formulier).entries());
    if (waarden.bekendOp) waarden.bekendOp = new Date(waarden.bekendOp).toISOString();
    for (const [naam, waarde] of params.entries()) if (!(naam in waarden)) waarden[naam] = waarde;
    ga(pad, waarden);
  });
  return formulier;
}

function lokaal(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d)) return '';
  const t = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${t(d.getMonth() + 1)}-${t(d.getDate())}T${t(d.getHours())}:${t(d.getMinutes())}:${t(d.getSeconds())}`;
}

/** peildatum and bekendOp of the route, for the API. */
export function peilparams(params) {
  return { peildatum: params.get('peildatum'), bekendOp: params.get('bekendOp') };
}

/** A data table: kolommen [{kop, getal?}], rijen as arrays of cells; the first cell of a row is its header. */
export function tabel(bijschrift, kolommen, rijen) {
  return h('div', { class: 'tabelvak', tabindex: 0, role: 'region', 'aria-label': bijschrift },
    h('table', {},
      h('caption', {}, bijschrift),
      h('thead', {}, h('tr', {}, kolommen.map(k => h('th', { scope: 'col', class: k.getal ? 'getal' : null }, k.kop)))),
      h('tbody', {}, rijen.length === 0
        ? h('tr', {}, h('td', { colspan: kolommen.length }, 'Geen gegevens.'))
        : rijen.map(rij => h('tr', {}, rij.map((cel, i) => i === 0
          ? h('th', { scope: 'row' }, cel)
          : h('td', { class: kolommen[i].getal ? 'getal' : null }, cel)))))));
}

/**
 * A horizontal bar chart as SVG with role="img" and an accessible name; the numbers are in the table beside it.
 * reeksen: [{naam, klasse}]; groepen: [{label, waarden: [number per reeks], klasse?}] (a group's klasse colours all its bars).
 */
export function staafdiagram(naam, reeksen, groepen, opmaak = getal, legenda = reeksen) {
  const breedte = 560, links = 130, rechts = 80, balk = 22, tussen = 4, groepruimte = 14;
  const max = Math.max(1e-9, ...groepen.flatMap(g => g.waarden.map(w => Number(w) || 0)));
  const hoogte = groepen.length * (reeksen.length * (balk + tussen) + groepruimte) + 10;
  const titelId = uniek('diagram');
  const kinderen = [svg('title', { id: titelId }, naam)];
  let y = 5;
  for (const groep of groepen) {
    kinderen.push(svg('text', { x: links - 8, y: y + (reeksen.length * (balk + tussen)) / 2 + 4, 'text-anchor': 'end' }, groep.label));
    groep.waarden.forEach((waarde, i) => {
      const w = Math.max(0, (Number(waarde) || 0) / max * (breedte - links - rechts));
      kinderen.push(svg('rect', { x: links, y, width: Math.max(w, 1), height: balk, class: groep.klasse || reeksen[i].klasse }));
      kinderen.push(svg('text', { x: links + w + 6, y: y + balk - 6 }, opmaak(waarde)));
      y += balk + tussen;
    });
    y += groepruimte;
  }
  const diagram = svg('svg', { class: 'diagram', viewBox: `0 0 ${breedte} ${hoogte}`, role: 'img', 'aria-labelledby': titelId,
    'aria-label': naam, focusable: 'false' }, kinderen);
  return h('figure', {}, h('figcaption', {}, naam), diagram,
    h('ul', { class: 'legenda', 'aria-label': 'Legenda' }, legenda.map(r => h('li', {}, h('span', { class: 'staal', 'data-klasse': r.klasse }), r.naam))));
}

export function melding(soort, titel, ...tekst) {
  return h('div', { class: 'melding ' + soort, role: soort === 'fout' ? 'alert' : 'status' }, h('h2', {}, titel), tekst.map(t => h('p', {}, t)));
}

/** A refusal or failure of the API as a friendly message, never a blank page. */
export function foutmelding(antwoord) {
  if (antwoord.status === 403) return melding('fout', 'Geen toegang', 'Uw rol mag dit niet zien of doen.', probleemtekst(antwoord));
  if (antwoord.status === 404) return melding('fout', 'Niet gevonden', 'Dit bestaat niet, of bestond nog niet op het gekozen peilmoment.');
  if (antwoord.status === 503) return melding('fout', 'Even niet beschikbaar', 'samenboek werkt de gegevens bij. Probeer het over enkele seconden opnieuw.');
  return melding('fout', 'Er ging iets mis', probleemtekst(antwoord));
}

/**
 * Shows the API's invalidParams next to the fields (aria-describedby, aria-invalid) and a summary with links above the form.
 * Returns true when the answer was a validation error.
 */
export function toonVeldfouten(formulier, antwoord, samenvatting) {
  formulier.querySelectorAll('.veldfout').forEach(e => e.remove());
  formulier.querySelectorAll('[aria-invalid]').forEach(e => {
    e.removeAttribute('aria-invalid');
    e.setAttribute('aria-describedby', (e.getAttribute('aria-describedby') || '').split(' ').filter(id => !id.endsWith('-fout')).join(' '));
  });
  samenvatting.replaceChildren();
  if (antwoord.ok) return false;
  const fouten = Array.isArray(antwoord.data?.invalidParams) ? antwoord.data.invalidParams : [];
  const items = [];
  for (const fout of fouten) {
    const naam = String(fout.name).split(/[.[]/)[0];
    const vak = formulier.querySelector(`[data-veld="${CSS.escape(naam)}"]`);
    const invoer = vak?.querySelector('input, select, textarea, fieldset') ?? null;
    const doel = vak?.querySelector('fieldset') ?? invoer;
    if (doel) {
      const id = (doel.id || (doel.id = uniek('invoer'))) + '-fout';
      if (!document.getElementById(id)) vak.append(h('p', { class: 'veldfout', id }, fout.reason));
      doel.setAttribute('aria-invalid', 'true');
      doel.setAttribute('aria-describedby', ((doel.getAttribute('aria-describedby') || '') + ' ' + id).trim());
      const label = vak.querySelector('label, legend')?.textContent ?? fout.name;
      items.push(h('li', {}, h('a', { href: '#' + doel.id, onclick: e => { e.preventDefault(); doel.focus(); } }, label + ': ' + fout.reason)));
    } else {
      items.push(h('li', {}, fout.name + ': ' + fout.reason));
    }
  }
  samenvatting.append(h('div', { class: 'melding fout', role: 'alert', tabindex: -1 },
    h('h2', {}, fouten.length ? 'Controleer de invoer' : 'Niet gelukt'),
    fouten.length ? h('ul', {}, items) : h('p', {}, probleemtekst(antwoord))));
  samenvatting.firstChild.focus();
  return true;
}

/** Downloads what the API answers in this format (the bearer token goes in the header, so a plain link cannot). */
export async function download(api, pad, accept, bestandsnaam, params) {
  const antwoord = await api(pad, { accept, blob: true, params });
  if (!antwoord.ok) return antwoord;
  const adres = URL.createObjectURL(antwoord.data);
  const a = h('a', { href: adres, download: bestandsnaam, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(adres), 10_000);
  return antwoord;
}
