// The seven pages (docs/web.md). Each calls only what the signed-in rol may use (the API's role table, via mag()),
// and shows a refusal or failure as a message, never a blank page.
import { h, api, mag, rol, eigenGemeente, gemeenten, gemeentenaam, getal, euro, procent, datum, moment, ja, probleemtekst } from './kern.js';
import { ga, veld, keuzelijst, peilformulier, peilparams, tabel, staafdiagram, melding, foutmelding, toonVeldfouten, download, uniek } from './onderdelen.js';

const DIT_JAAR = new Date().getFullYear();
const JAREN = Array.from({ length: 2040 - 2017 + 1 }, (_, i) => 2017 + i);
const NIVEAUS = [{ naam: 'Input', klasse: 'balk-input' }, { naam: 'Output', klasse: 'balk-output' }, { naam: 'Outcome', klasse: 'balk-outcome' }];
const STATUSNAMEN = {
  'niet-gestart': 'Niet gestart', gestart: 'Gestart', gerealiseerd: 'Gerealiseerd', uitgesteld: 'Uitgesteld', vervallen: 'Vervallen', 'te-laat': 'Te laat',
};
const OPDRACHTSTATUS = {
  'wacht-op-medeondertekening': 'Wacht op medeondertekening', aangevraagd: 'Aangevraagd', aanvaard: 'Aanvaard', afgewezen: 'Afgewezen',
  afgerond: 'Afgerond', ingetrokken: 'Ingetrokken', geweigerd: 'Geweigerd',
};
const CATEGORIEEN = [['beleid', 'Beleid'], ['dienstverlening', 'Dienstverlening'], ['bedrijfsvoering', 'Bedrijfsvoering'], ['crisis', 'Crisis']];
const PC_SOORTEN = [['begroting', 'Begroting'], ['voorjaarsnota', 'Voorjaarsnota'], ['najaarsnota', 'Najaarsnota'], ['jaarrekening', 'Jaarrekening']];

const pagina = (titel, ...inhoud) => ({ titel, inhoud: h('div', {}, h('h1', {}, titel), inhoud) });
const status = s => h('span', { class: 'status s-' + s }, STATUSNAMEN[s] || s);
const jaarkeuze = (jaar, naam = 'jaar') => veld('Jaar', keuzelijst(naam, JAREN.map(j => [j, String(j)]), jaar));

/** The gemeente to show: college and raad always their own; others choose (default: the first). */
function gemeenteVeld(params, metAlle = false) {
  const eigen = eigenGemeente();
  if (eigen) return { gemeente: eigen, veld: null };
  const keuzes = (metAlle ? [['', 'Alle gemeenten']] : []).concat(gemeenten().map(g => [g.code, g.naam]));
  const gemeente = params.get('gemeente') ?? (metAlle ? '' : gemeenten()[0]?.code);
  return { gemeente, veld: veld('Gemeente', keuzelijst('gemeente', keuzes, gemeente)) };
}

// ---- Groeimodel ---------------------------------------------------------------------------------------------------

export async function groeimodel(_, params) {
  const { gemeente, veld: gemeentekeuze } = gemeenteVeld(params);
  const jaar = params.get('jaar') || DIT_JAAR;
  const formulier = peilformulier('/groeimodel', params, [gemeentekeuze, jaarkeuze(jaar)]);
  const a = await api('/groeimodel', { params: { gemeente, jaar, ...peilparams(params) } });
  if (!a.ok) return pagina('Groeimodel', formulier, foutmelding(a));
  const g = a.data;
  const niveaus = ['input', 'output', 'outcome'];
  const naam = `Uren per contractniveau, ${gemeentenaam(g.gemeente)} ${g.jaar}`;
  const inhoud = [
    h('p', { class: 'inleiding' }, 'Het groeimodel (aanbeveling V): opdrachtgeverschap groeit van input (uren, 2025) naar output '
      + '(SMART-producten, 2027) naar outcome (maatschappelijk effect, 2030).'),
    formulier,
    h('div', { class: 'naast' },
      staafdiagram(naam, [{ naam: 'Toegezegde uren', klasse: 'balk-output' }],
        niveaus.map((n, i) => ({ label: NIVEAUS[i].naam, klasse: NIVEAUS[i].klasse, waarden: [g.niveaus?.[n]?.uren ?? 0] })), getal, NIVEAUS),
      tabel(naam, [{ kop: 'Niveau' }, { kop: 'Uren', getal: true }, { kop: 'Opdrachten', getal: true }],
        niveaus.map((n, i) => [NIVEAUS[i].naam, getal(g.niveaus?.[n]?.uren), getal(g.niveaus?.[n]?.opdrachten)])
          .concat([['Totaal', getal(g.totaalUren), '']]))),
    h('p', {}, `Aandeel op output of hoger: ${procent(g.aandeelOutput)}; op outcome: ${procent(g.aandeelOutcome)}.`),
    h('h2', {}, 'Mijlpalen'),
    tabel('Mijlpalen van het groeimodel', [{ kop: 'Jaar' }, { kop: 'Niveau' }, { kop: 'Norm', getal: true }, { kop: 'Gerealiseerd', getal: true }, { kop: 'Behaald' }],
      (g.mijlpalen || []).map(m => [String(m.jaar), m.niveau, procent(m.norm), procent(m.gerealiseerd), m.behaald ? 'Ja, behaald' : 'Nee, nog niet'])),
    h('h2', {}, 'Evaluatiemomenten'),
    h('ul', {}, (g.evaluatiemomenten || []).map(e => h('li', {}, h('strong', {}, datum(e.datum)), ' — ', e.omschrijving || e.moment))),
  ];
  inhoud.push(await evaluaties(gemeente, params));
  return pagina('Groeimodel', inhoud);
}

/** The evaluations (2028, 2030) once a meting exists; before that the page says so rather than asking. */
async function evaluaties(gemeente, params) {
  const vak = [h('h2', {}, 'Evaluaties')];
  if (!mag('GET', '/metingen') || !mag('GET', '/evaluaties/{jaar}')) return h('section', {}, vak, h('p', {}, 'Niet beschikbaar voor uw rol.'));
  const metingen = await api('/metingen', { params: { paginagrootte: 1, ...peilparams(params) } });
  if (!metingen.ok || !metingen.data.totaal) return h('section', {}, vak, h('p', {}, 'Er is nog geen nulmeting of meting: de evaluaties van 2028 en 2030 volgen daaruit.'));
  for (const jaar of [2028, 2030]) {
    const e = await api('/evaluaties/' + jaar, { params: { gemeente, bekendOp: params.get('bekendOp') } });
    if (!e.ok) { vak.push(h('p', {}, `Evaluatie ${jaar}: nog niet beschikbaar.`)); continue; }
    vak.push(tabel(`Evaluatie ${jaar} (${datum(e.data.evaluatiedatum)})`, [{ kop: 'Indicator' }, { kop: 'Nulwaarde', getal: true }, { kop: 'Waarde', getal: true }, { kop: 'Norm', getal: true }, { kop: 'Oordeel' }],
      (e.data.indicatoren || []).map(i => [i.naam, getal(i.nulwaarde), getal(i.waarde), getal(i.norm), i.oordeel])));
  }
  return h('section', {}, vak);
}

// ---- Capaciteit ---------------------------------------------------------------------------------------------------

export async function capaciteit(_, params) {
  const jaar = params.get('jaar') || DIT_JAAR;
  const formulier = peilformulier('/capaciteit', params, [jaarkeuze(jaar)]);
  const a = await api('/capaciteit', { params: { jaar, ...peilparams(params) } });
  if (!a.ok) return pagina('Capaciteit', formulier, foutmelding(a));
  const c = a.data;
  const naam = `Aandeel in de toegezegde uren tegen de verdeelsleutel, ${c.jaar}`;
  return pagina('Capaciteit',
    h('p', { class: 'inleiding' }, 'Hoeveel van de toegezegde uren per gemeente terechtkomt, naast haar aandeel in de verdeelsleutel; '
      + 'en per team de bezetting en de ontwikkeltijd.'),
    formulier,
    h('div', { class: 'naast' },
      staafdiagram(naam, [{ naam: 'Aandeel uren', klasse: 'balk-output' }, { naam: 'Verdeelsleutel', klasse: 'balk-sleutel' }],
        (c.gemeenten || []).map(g => ({ label: gemeentenaam(g.gemeente), waarden: [g.aandeelUren ?? 0, g.verdeelsleutelAandeel ?? 0] })), procent),
      tabel(naam, [{ kop: 'Gemeente' }, { kop: 'Toegezegd', getal: true }, { kop: 'Besteed', getal: true }, { kop: 'Aandeel', getal: true }, { kop: 'Sleutel', getal: true }, { kop: 'Afwijking', getal: true }],
        (c.gemeenten || []).map(g => [gemeentenaam(g.gemeente), getal(g.toegezegdeUren), getal(g.besteedUren), procent(g.aandeelUren), procent(g.verdeelsleutelAandeel), procent(g.afwijking)]))),
    h('h2', {}, 'Teams'),
    tabel(`Bezetting en ontwikkeltijd per team, ${c.jaar}`, [{ kop: 'Team' }, { kop: 'Capaciteit', getal: true }, { kop: 'Ontwikkeltijd', getal: true }, { kop: 'Planbaar', getal: true },
      { kop: 'Toegezegd', getal: true }, { kop: 'Besteed', getal: true }, { kop: 'Benutting', getal: true }, { kop: 'Vrije ruimte', getal: true }, { kop: 'Stand' }],
    (c.teams || []).map(t => [t.team, getal(t.capaciteit), getal(t.ontwikkeltijd), getal(t.planbaar), getal(t.toegezegd), getal(t.besteed),
      t.planbaar ? procent(t.toegezegd / t.planbaar) : '–', getal(t.vrijeRuimte),
      (t.status || '') + (t.ontwikkeltijdGerespecteerd === false ? ' (ontwikkeltijd niet gerespecteerd)' : '')])),
    await budgetten(c.jaar));
}

/** The samenwerking's begroting of that jaar gives bijdrage, kosten and saldo per gemeente, where the rol may read it. */
async function budgetten(jaar) {
  if (!mag('GET', '/pc-documenten/samenwerking/{jaar}/{soort}')) return null;
  const a = await api(`/pc-documenten/samenwerking/${jaar}/begroting`);
  if (!a.ok) return h('p', {}, 'Budgetten: nog niet beschikbaar.');
  return h('section', {}, h('h2', {}, 'Budget per gemeente'),
    tabel(`Bijdrage, kosten en saldo per gemeente, begroting ${jaar}`, [{ kop: 'Gemeente' }, { kop: 'Bijdrage', getal: true }, { kop: 'Kosten', getal: true }, { kop: 'Saldo', getal: true }],
      (a.data.gemeenten || []).map(g => [gemeentenaam(g.gemeente), euro(g.bijdrage), euro(g.kosten), euro(g.saldo)])));
}

// ---- Uitvoeringsagenda --------------------------------------------------------------------------------------------

export async function uitvoeringsagenda(delen, params) {
  if (delen[0]) return aanbeveling(delen[0], params);
  const formulier = peilformulier('/uitvoeringsagenda', params);
  const a = await api('/uitvoeringsagenda', { params: peilparams(params) });
  if (!a.ok) return pagina('Uitvoeringsagenda', formulier, foutmelding(a));
  const regels = a.data.aanbevelingen || [];
  const telling = Object.entries(regels.reduce((t, r) => ({ ...t, [r.status]: (t[r.status] || 0) + 1 }), {}));
  const zoek = new URLSearchParams(peilparams(params));
  [...zoek.keys()].forEach(k => { if (!zoek.get(k) || zoek.get(k) === 'null') zoek.delete(k); });
  return pagina('Uitvoeringsagenda',
    h('p', { class: 'inleiding' }, `De ${regels.length} aanbevelingen van de nota met hun stand op ${datum(a.data.peildatum)}.`),
    formulier,
    h('p', {}, telling.map(([s, n], i) => [i ? ', ' : '', `${n} ${(STATUSNAMEN[s] || s).toLowerCase()}`])),
    h('ul', { class: 'bord', 'aria-label': 'Aanbevelingen A tot en met X' }, regels.map(r => h('li', {},
      h('article', { class: 'kaart k-' + r.status, 'aria-labelledby': 'aanbeveling-' + r.letter },
        h('p', {}, h('span', { class: 'letter', 'aria-hidden': 'true' }, r.letter),
          h('a', { id: 'aanbeveling-' + r.letter, href: `#/uitvoeringsagenda/${r.letter}${zoek.toString() ? '?' + zoek : ''}` },
            h('span', { class: 'visueel-verborgen' }, 'Aanbeveling ' + r.letter + ': '), r.titel)),
        h('p', {}, 'Status: ', status(r.status)),
        h('p', { class: 'hulp' }, r.deadline ? 'Deadline ' + datum(r.deadline) : (r.tijdpad || 'Geen deadline'),
          r.opdrachten?.length ? ` · ${r.opdrachten.length} opdracht(en), ${getal(r.uren)} uur` : ''))))));
}

async function aanbeveling(letter, params) {
  const formulier = peilformulier('/uitvoeringsagenda/' + letter, params);
  const a = await api('/aanbevelingen/' + encodeURIComponent(letter), { params: peilparams(params) });
  if (!a.ok) return pagina('Aanbeveling ' + letter, formulier, foutmelding(a));
  const r = a.data;
  return pagina(`Aanbeveling ${r.letter}: ${r.titel}`,
    h('p', {}, h('a', { href: '#/uitvoeringsagenda' }, 'Terug naar de uitvoeringsagenda')),
    formulier,
    h('dl', { class: 'gegevens' },
      h('dt', {}, 'Status'), h('dd', {}, status(r.status)),
      h('dt', {}, 'Categorie'), h('dd', {}, r.categorie),
      h('dt', {}, 'Tijdpad'), h('dd', {}, r.tijdpad || '–'),
      h('dt', {}, 'Deadline'), h('dd', {}, datum(r.deadline)),
      h('dt', {}, 'Beoogd resultaat'), h('dd', {}, r.beoogdResultaat || '–'),
      h('dt', {}, 'Opdrachten'), h('dd', {}, r.opdrachten?.length ? r.opdrachten.map((id, i) => [i ? ', ' : '', h('a', { href: '#/opdrachten/' + id }, id.slice(0, 8))]) : 'geen')),
    r.stappen?.length ? [h('h2', {}, 'Stappen'), tabel('Stappen van aanbeveling ' + r.letter, [{ kop: 'Stap' }, { kop: 'Omschrijving' }, { kop: 'Deadline' }, { kop: 'Status' }],
      r.stappen.map(s => [String(s.nummer), s.omschrijving, datum(s.deadline), status(s.status)]))] : null,
    r.perGemeente ? [h('h2', {}, 'Per gemeente'), tabel('Stand per gemeente', [{ kop: 'Gemeente' }, { kop: 'Status' }, { kop: 'Laatste voortgang' }],
      Object.entries(r.perGemeente).map(([g, s]) => [gemeentenaam(g), status(s.status), s.laatsteVoortgang ? `${datum(s.laatsteVoortgang.datum)}: ${s.laatsteVoortgang.toelichting || s.laatsteVoortgang.soort}` : '–']))] : null,
    h('h2', {}, 'Geschiedenis'),
    r.historie?.length ? h('ol', { class: 'tijdlijn' }, r.historie.map(f => h('li', {},
      h('span', { class: 'wanneer' }, datum(f.datum)), ' — ', h('strong', {}, f.soort), f.stap ? ` (stap ${f.stap})` : '',
      f.gemeente ? ` · ${gemeentenaam(f.gemeente)}` : '', f.toelichting ? h('p', {}, f.toelichting) : null,
      f.nieuweDeadline ? h('p', {}, 'Nieuwe deadline: ' + datum(f.nieuweDeadline)) : null))) : h('p', {}, 'Nog geen voortgang gemeld.'));
}

// ---- Opdrachten ---------------------------------------------------------------------------------------------------

export async function opdrachten(delen, params) {
  if (delen[0] === 'nieuw') return nieuweOpdracht();
  if (delen[0]) return opdracht(delen[0], params);
  const { gemeente, veld: gemeentekeuze } = gemeenteVeld(params, true);
  const filters = [
    veld('Zoeken in titel', h('input', { type: 'search', name: 'zoek', value: params.get('zoek') || '' })),
    gemeentekeuze,
    veld('Status', keuzelijst('status', [['', 'Alle'], ...Object.entries(OPDRACHTSTATUS)], params.get('status'))),
    veld('Categorie', keuzelijst('categorie', [['', 'Alle'], ...CATEGORIEEN], params.get('categorie'))),
    veld('Begrotingsjaar', keuzelijst('begrotingsjaar', [['', 'Alle'], ...JAREN.map(j => [j, String(j)])], params.get('begrotingsjaar'))),
  ];
  const formulier = peilformulier('/opdrachten', params, filters);
  const a = await api('/opdrachten', { params: { gemeente, status: params.get('status'), categorie: params.get('categorie'),
    begrotingsjaar: params.get('begrotingsjaar'), paginagrootte: 100, ...peilparams(params) } });
  const knoppen = mag('POST', '/opdrachten') ? h('p', {}, h('a', { class: 'knop', href: '#/opdrachten/nieuw' }, 'Nieuwe opdracht aanvragen')) : null;
  if (!a.ok) return pagina('Opdrachten', knoppen, formulier, foutmelding(a));
  const zoek = (params.get('zoek') || '').toLowerCase();
  const lijst = (a.data._embedded?.opdrachten || []).filter(o => !zoek || (o.titel || '').toLowerCase().includes(zoek));
  return pagina('Opdrachten', knoppen, formulier,
    h('p', { role: 'status' }, `${lijst.length} van ${a.data.totaal} opdrachten getoond.`),
    tabel('Opdrachten', [{ kop: 'Titel' }, { kop: 'Gemeenten' }, { kop: 'Status' }, { kop: 'Niveau' }, { kop: 'Jaar' }, { kop: 'Geraamd', getal: true }, { kop: 'Toegezegd', getal: true }],
      lijst.map(o => [h('a', { href: '#/opdrachten/' + o.id }, o.titel || o.id), (o.gemeenten || []).map(gemeentenaam).join(', '),
        OPDRACHTSTATUS[o.status] || o.status, o.niveau, String(o.begrotingsjaar ?? ''), getal(o.uren?.geraamd), getal(o.uren?.toegezegd)])));
}

function nieuweOpdracht() {
  if (!mag('POST', '/opdrachten')) return pagina('Nieuwe opdracht', melding('fout', 'Geen toegang', 'Alleen een college vraagt een opdracht aan.'));
  const samenvatting = h('div');
  const eigen = eigenGemeente();
  const tekst = (naam, attrs = {}) => h('input', { type: 'text', name: naam, ...attrs });
  const formulier = h('form', { novalidate: true }, samenvatting,
    veld('Titel', tekst('titel')),
    veld('Omschrijving', h('textarea', { name: 'omschrijving' })),
    h('div', { class: 'veld', 'data-veld': 'gemeenten' }, h('fieldset', { id: 'veld-gemeenten', tabindex: -1 }, h('legend', {}, 'Gemeenten'),
      gemeenten().map(g => h('label', { class: 'keuze' }, h('input', { type: 'checkbox', name: 'gemeenten', value: g.code, checked: g.code === eigen }), g.naam)))),
    veld('Categorie', keuzelijst('categorie', [['', 'Kies…'], ...CATEGORIEEN], '')),
    veld('Soort', keuzelijst('soort', [['standaard', 'Standaard (verdeelsleutel)'], ['maatwerk', 'Maatwerk (alleen deze gemeente)']], 'standaard')),
    veld('Taakveld', tekst('taakveld', { inputmode: 'decimal' }), 'Iv3-taakveld, bijvoorbeeld 0.1 of 7.4'),
    veld('Team', tekst('team'), 'Bijvoorbeeld strategie'),
    veld('Begrotingsjaar', h('input', { type: 'number', name: 'begrotingsjaar', value: DIT_JAAR, min: 2017, max: 2040 })),
    veld('Geraamde uren', h('input', { type: 'number', name: 'geraamdeUren', min: 0, step: 'any' })),
    h('div', { class: 'knoppen' }, h('button', { type: 'submit' }, 'Opdracht aanvragen')));
  formulier.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(formulier);
    const leeg = v => (v === '' || v === null ? null : v);
    const getalOfTekst = v => (v === '' || v === null ? null : isNaN(Number(v)) ? v : Number(v));
    const lichaam = { titel: leeg(f.get('titel')), omschrijving: leeg(f.get('omschrijving')), gemeenten: f.getAll('gemeenten'),
      categorie: leeg(f.get('categorie')), soort: leeg(f.get('soort')), taakveld: leeg(f.get('taakveld')), team: leeg(f.get('team')),
      begrotingsjaar: getalOfTekst(f.get('begrotingsjaar')), geraamdeUren: getalOfTekst(f.get('geraamdeUren')) };
    const antwoord = await api('/opdrachten', { methode: 'POST', lichaam });
    if (toonVeldfouten(formulier, antwoord, samenvatting)) return;
    ga('/opdrachten/' + antwoord.data.id);
  });
  return pagina('Nieuwe opdracht', h('p', {}, h('a', { href: '#/opdrachten' }, 'Terug naar de opdrachten')),
    h('p', { class: 'inleiding' }, 'Een gezamenlijke opdracht gaat pas naar de directie als elk betrokken college heeft medeondertekend.'), formulier);
}

async function opdracht(id, params) {
  const formulier = peilformulier('/opdrachten/' + id, params);
  const a = await api('/opdrachten/' + encodeURIComponent(id), { params: peilparams(params) });
  if (a.status === 403) {
    return pagina('Geen toegang', melding('fout', 'Geen toegang tot deze opdracht',
      'Deze opdracht betreft niet uw gemeente. Een ' + rol() + ' ziet alleen de opdrachten van de eigen gemeente.'),
    h('p', {}, h('a', { href: '#/opdrachten' }, 'Naar de opdrachten van uw gemeente')));
  }
  if (!a.ok) return pagina('Opdracht', formulier, foutmelding(a));
  const o = a.data;
  const g = await api(`/opdrachten/${encodeURIComponent(id)}/gebeurtenissen`, { params: { paginagrootte: 100, ...peilparams(params) } });
  const gebeurtenissen = g.ok ? g.data._embedded?.gebeurtenissen || [] : [];
  return pagina(o.titel || 'Opdracht',
    h('p', {}, h('a', { href: '#/opdrachten' }, 'Terug naar de opdrachten')),
    formulier,
    h('dl', { class: 'gegevens' },
      h('dt', {}, 'Status'), h('dd', { id: 'opdracht-status' }, OPDRACHTSTATUS[o.status] || o.status),
      h('dt', {}, 'Gemeenten'), h('dd', {}, (o.gemeenten || []).map(gemeentenaam).join(', ')),
      o.wachtOpOndertekening?.length ? [h('dt', {}, 'Wacht op'), h('dd', {}, o.wachtOpOndertekening.map(gemeentenaam).join(', '))] : null,
      h('dt', {}, 'Niveau'), h('dd', {}, o.niveau),
      h('dt', {}, 'Categorie en soort'), h('dd', {}, `${o.categorie}, ${o.soort}`),
      h('dt', {}, 'Taakveld'), h('dd', {}, `${o.taakveld}${o.taakveldNaam ? ' ' + o.taakveldNaam : ''}`),
      h('dt', {}, 'Team'), h('dd', {}, o.team),
      h('dt', {}, 'Begrotingsjaar'), h('dd', {}, String(o.begrotingsjaar)),
      h('dt', {}, 'Uren'), h('dd', {}, `geraamd ${getal(o.uren?.geraamd)}, toegezegd ${getal(o.uren?.toegezegd)}, besteed ${getal(o.uren?.besteed)}`),
      h('dt', {}, 'Prioriteit'), h('dd', {}, o.prioriteit || 'normaal'),
      h('dt', {}, 'Versie'), h('dd', {}, String(o.versie))),
    o.omschrijving ? h('p', {}, o.omschrijving) : null,
    handelingen(o),
    h('h2', {}, 'Tijdlijn'),
    gebeurtenissen.length ? h('ol', { class: 'tijdlijn', 'aria-label': 'Gebeurtenissen van deze opdracht' }, gebeurtenissen.map(e => h('li', {},
      h('strong', {}, leesbaar(e.type)), h('br'),
      h('span', { class: 'wanneer' }, moment(e.tijdstip)),
      e.door ? h('span', { class: 'wanneer' }, ` · door ${e.door.rol}${e.door.gemeente ? ' van ' + gemeentenaam(e.door.gemeente) : ''} (${e.door.pseudoniem})`) : null,
      samenvattingVan(e.data)))) : h('p', {}, g.ok ? 'Geen gebeurtenissen.' : probleemtekst(g)));
}

const leesbaar = type => String(type || '').split('.').pop().replace(/([a-z])([A-Z])/g, '$1 $2');

function samenvattingVan(data) {
  if (!data || typeof data !== 'object') return null;
  const delen = ['uren', 'jaar', 'datum', 'medewerker', 'reden'].filter(k => data[k] !== undefined && data[k] !== null)
    .map(k => `${k}: ${typeof data[k] === 'object' ? JSON.stringify(data[k]) : data[k]}`);
  return delen.length ? h('p', {}, delen.join(' · ')) : null;
}

/** The forms for what this rol may do on this opdracht now. */
function handelingen(o) {
  const vak = [];
  const pad = '/opdrachten/' + encodeURIComponent(o.id);
  const eigen = eigenGemeente();
  const knop = (tekst, sub) => {
    const samenvatting = h('div');
    const f = h('form', { novalidate: true }, samenvatting, h('button', { type: 'submit' }, tekst));
    f.addEventListener('submit', async e => {
      e.preventDefault();
      const antwoord = await api(pad + '/' + sub, { methode: 'POST', lichaam: {}, koppen: { 'If-Match': `"${o.versie}"` } });
      if (!toonVeldfouten(f, antwoord, samenvatting)) ga('/opdrachten/' + o.id);
    });
    return f;
  };
  const formulier = (titel, sub, velden, knoptekst) => {
    const samenvatting = h('div');
    const f = h('form', { novalidate: true, 'aria-labelledby': sub + '-kop' }, h('h3', { id: sub + '-kop' }, titel), samenvatting,
      velden.map(([label, invoer, hulp]) => veld(label, invoer, hulp)), h('button', { type: 'submit' }, knoptekst));
    f.addEventListener('submit', async e => {
      e.preventDefault();
      const lichaam = {};
      for (const [naam, waarde] of new FormData(f).entries()) {
        if (waarde === '') continue;
        lichaam[naam] = f.elements[naam].type === 'number' ? Number(waarde) : waarde;
      }
      const antwoord = await api(pad + '/' + sub, { methode: 'POST', lichaam, koppen: { 'If-Match': `"${o.versie}"` } });
      if (!toonVeldfouten(f, antwoord, samenvatting)) ga('/opdrachten/' + o.id);
    });
    return f;
  };
  if (mag('POST', '/opdrachten/{id}/medeondertekeningen') && eigen && (o.wachtOpOndertekening || []).includes(eigen)) {
    vak.push(knop('Medeondertekenen', 'medeondertekeningen'));
  }
  if (mag('POST', '/opdrachten/{id}/aanvaardingen') && o.status === 'aangevraagd') vak.push(knop('Aanvaarden', 'aanvaardingen'));
  if (mag('POST', '/opdrachten/{id}/toezeggingen') && o.status === 'aanvaard') {
    vak.push(formulier('Uren toezeggen', 'toezeggingen', [
      ['Jaar', h('input', { type: 'number', name: 'jaar', value: o.begrotingsjaar, min: 2017, max: 2040 })],
      ['Uren', h('input', { type: 'number', name: 'uren', min: 0, step: 'any' }), 'Het inputcontract voor dat jaar; een latere toezegging vervangt deze']],
    'Uren toezeggen'));
  }
  if (mag('POST', '/opdrachten/{id}/urenregistraties') && o.status === 'aanvaard') {
    vak.push(formulier('Uren registreren', 'urenregistraties', [
      ['Datum', h('input', { type: 'date', name: 'datum' })],
      ['Uren', h('input', { type: 'number', name: 'uren', min: 0, step: 'any' })],
      ['Medewerker', h('input', { type: 'text', name: 'medewerker' }), 'Het pseudoniem uit het medewerkerregister (mw-…)']],
    'Uren registreren'));
  }
  return vak.length ? h('section', { 'aria-labelledby': 'handelingen-kop' }, h('h2', { id: 'handelingen-kop' }, 'Handelingen'), h('div', { class: 'kolommen' }, vak)) : null;
}

// ---- P&C-documenten -----------------------------------------------------------------------------------------------

export async function pcDocumenten(_, params) {
  const { gemeente, veld: gemeentekeuze } = gemeenteVeld(params);
  const jaar = params.get('jaar') || DIT_JAAR;
  const soort = params.get('soort') || 'begroting';
  const formulier = peilformulier('/pc-documenten', params, [gemeentekeuze, jaarkeuze(jaar), veld('Soort', keuzelijst('soort', PC_SOORTEN, soort))]);
  if (!mag('GET', '/pc-documenten/{gemeente}/{jaar}/{soort}')) {
    return pagina('P&C-documenten', melding('', 'Niet voor uw rol', 'P&C-documenten zijn er voor college, raad, bestuur, directie en auditor.'));
  }
  const pad = `/pc-documenten/${encodeURIComponent(gemeente)}/${encodeURIComponent(jaar)}/${encodeURIComponent(soort)}`;
  const a = await api(pad, { params: peilparams(params) });
  if (!a.ok) return pagina('P&C-documenten', formulier, foutmelding(a));
  const d = a.data;
  const document_ = h('div', { class: 'document', id: 'pc-document', hidden: true });
  const meldingen = h('div');
  const naam = `${soort}-${gemeente}-${jaar}`;
  const haal = async (accept, extensie) => {
    const antwoord = await download(api, pad, accept, `${naam}.${extensie}`, peilparams(params));
    meldingen.replaceChildren(antwoord.ok ? melding('goed', 'Gedownload', `${naam}.${extensie}`) : foutmelding(antwoord));
  };
  const bekijk = async () => {
    const antwoord = await api(pad, { accept: 'text/html', params: peilparams(params) });
    if (!antwoord.ok) return meldingen.replaceChildren(foutmelding(antwoord));
    // the server's own document, parsed without running anything; its body is shown with this page's styles
    // its stylesheet goes before parsing: the parser would apply it and this page's policy (no inline style) refuse it
    const tekst = String(antwoord.data).replace(/<style[\s\S]*?<\/style\s*>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
    const html = new DOMParser().parseFromString(tekst, 'text/html');
    html.querySelectorAll('script, style, link, meta, iframe, object, embed').forEach(e => e.remove());
    // this page's policy allows no inline style: the document's own presentation gives way to this page's stylesheet
    html.querySelectorAll('[style]').forEach(e => e.removeAttribute('style'));
    html.querySelectorAll('*').forEach(e => [...e.attributes].filter(a => a.name.startsWith('on')).forEach(a => e.removeAttribute(a.name)));
    html.querySelectorAll('h1').forEach(k => { const h2 = document.createElement('h2'); h2.append(...k.childNodes); k.replaceWith(h2); });
    document_.replaceChildren(...[...html.body.childNodes].map(n => document.adoptNode(n)));
    document_.hidden = false;
    document_.setAttribute('tabindex', '-1');
    document_.focus();
  };
  return pagina('P&C-documenten', formulier,
    tabel(`${PC_SOORTEN.find(s => s[0] === d.soort)?.[1] || d.soort} ${gemeentenaam(d.gemeente)} ${d.jaar}: totalen`,
      [{ kop: 'Onderdeel' }, { kop: 'Waarde', getal: true }],
      [['Geraamde uren', getal(d.totalen?.geraamdeUren)], ['Toegezegde uren', getal(d.totalen?.toegezegdeUren)], ['Besteed', getal(d.totalen?.besteedUren)],
        ['Kosten', euro(d.totalen?.kosten)], ...(d.budget ? [['Bijdrage', euro(d.budget.bijdrage)], ['Saldo', euro(d.budget.saldo)]] : [])]),
    h('p', {}, `Peildatum ${datum(d.peildatum)}, bekend op ${moment(d.bekendOp)}. Grootboek: ${d.grootboek?.aantal ?? 0} regels, kop ${String(d.grootboek?.hoofdHash || '').slice(0, 16)}…`),
    h('div', { class: 'knoppen' },
      h('button', { type: 'button', onclick: bekijk }, 'Document bekijken'),
      h('button', { type: 'button', class: 'secundair', onclick: () => haal('application/pdf', 'pdf') }, 'PDF downloaden'),
      h('button', { type: 'button', class: 'secundair', onclick: () => haal('text/csv', 'csv') }, 'CSV downloaden')),
    meldingen, document_);
}

// ---- Signalen -----------------------------------------------------------------------------------------------------

export async function signalen(_, params) {
  const { gemeente, veld: gemeentekeuze } = gemeenteVeld(params, true);
  const formulier = peilformulier('/signalen', params, [gemeentekeuze]);
  const a = await api('/signalen', { params: { gemeente, paginagrootte: 100, ...peilparams(params) } });
  if (!a.ok) return pagina('Signalen', formulier, foutmelding(a));
  const lijst = a.data._embedded?.signalen || [];
  const ernst = { hoog: 'Hoog', midden: 'Midden', laag: 'Laag' };
  return pagina('Signalen',
    h('p', { class: 'inleiding' }, eigenGemeente() ? `Vroegsignalen voor ${gemeentenaam(eigenGemeente())}.` : 'Vroegsignalen van alle gemeenten, teams en aanbevelingen.'),
    formulier,
    h('p', { role: 'status' }, `${a.data.totaal} signalen.`),
    tabel('Signalen', [{ kop: 'Signaal' }, { kop: 'Ernst' }, { kop: 'Betreft' }, { kop: 'Sinds' }],
      lijst.map(s => [s.omschrijving || s.soort, h('span', { class: 'status s-' + (s.ernst === 'hoog' ? 'te-laat' : s.ernst === 'midden' ? 'uitgesteld' : 'niet-gestart') }, ernst[s.ernst] || s.ernst),
        [s.gemeente ? gemeentenaam(s.gemeente) : null, s.team ? 'team ' + s.team : null, s.aanbeveling ? 'aanbeveling ' + s.aanbeveling : null,
          s.opdracht ? h('a', { href: '#/opdrachten/' + s.opdracht }, 'opdracht') : null].filter(Boolean).flatMap((x, i) => (i ? [', ', x] : [x])),
        datum(s.sinds)])));
}

// ---- Audit --------------------------------------------------------------------------------------------------------

export async function audit() {
  if (!mag('GET', '/audit/gemeenten/{gemeente}/verificatie')) {
    return pagina('Audit', melding('', 'Niet voor uw rol', 'Het grootboek controleren is er voor de auditor, het bestuur en de gemeenten zelf.'));
  }
  const eigen = eigenGemeente();
  const lijst = eigen ? [eigen] : gemeenten().map(g => g.code);
  const secties = [];
  const meldingen = h('div');
  for (const code of lijst) {
    const v = await api(`/audit/gemeenten/${encodeURIComponent(code)}/verificatie`);
    const c = mag('GET', '/audit/gemeenten/{gemeente}/checkpoints')
      ? await api(`/audit/gemeenten/${encodeURIComponent(code)}/checkpoints`, { params: { paginagrootte: 100 } }) : null;
    // the three latest, newest first
    const punten = c?.ok ? [...(c.data._embedded?.checkpoints || [])]
      .sort((a, b) => (b.aantal - a.aantal) || String(b.tijdstip).localeCompare(String(a.tijdstip))).slice(0, 3) : [];
    const kopId = uniek('audit');
    secties.push(h('section', { 'aria-labelledby': kopId }, h('h2', { id: kopId }, gemeentenaam(code)),
      v.ok ? melding(v.data.geldig ? 'goed' : 'fout', v.data.geldig ? 'Grootboek klopt' : 'Grootboek klopt niet',
        `${v.data.aantal} regels; kop ${v.data.hoofdHash}.`,
        v.data.eersteFout ? `Eerste fout bij volgnummer ${v.data.eersteFout.volgnummer}: ${v.data.eersteFout.reden}` : 'Elke hash volgt uit de vorige.') : foutmelding(v),
      c && c.ok ? tabel('Laatste ondertekende controlepunten van ' + gemeentenaam(code), [{ kop: 'Tijdstip' }, { kop: 'Regels', getal: true }, { kop: 'Kop' }, { kop: 'Sleutel' }],
        punten.map(p => [moment(p.tijdstip), getal(p.aantal), String(p.hoofdHash).slice(0, 16) + '…', p.sleutel])) : null,
      mag('GET', '/audit/gemeenten/{gemeente}/export') ? h('div', { class: 'knoppen' }, h('button', { type: 'button', class: 'secundair', onclick: async () => {
        const antwoord = await download(api, `/audit/gemeenten/${encodeURIComponent(code)}/export`, 'application/x-ndjson', `grootboek-${code}.ndjson`);
        meldingen.replaceChildren(antwoord.ok ? melding('goed', 'Export gedownload', `grootboek-${code}.ndjson`) : foutmelding(antwoord));
      } }, `Export van ${gemeentenaam(code)} downloaden`)) : null));
  }
  return pagina('Audit', h('p', { class: 'inleiding' }, 'Elke gemeente heeft een eigen grootboek: een hashketen die iedereen met de export kan narekenen. Hier staat of de keten klopt, '
    + 'met de laatste ondertekende controlepunten.'),
    meldingen, secties);
}

export { ja };
