// Las palabras de los gráficos en español de EE. UU.: mismas plantillas que en.ts, mismas cifras.
import { NBSP, type Formatters } from '../format';
import type { Step } from '../../content/data-schema';
import type { ChartWords } from '../dictionary';

// "demanda" es femenino: "una", "ninguna".
const WORDS = ['ninguna', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const word = (n: number) => WORDS[n] ?? String(n);
/** The same words before a masculine noun ("un estudio", "tres estudios"). */
const wordM = (n: number) => (n === 1 ? 'un' : n === 0 ? 'ningún' : word(n));
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const billions = (f: Formatters, v: number) => f.value(v, 'usd_billions');
const people = (f: Formatters, v: number) => f.value(v, 'people');
/** "7.6 millones" + noun needs "de" ("7.6 millones de personas"); "47,289" does not. */
const ofNoun = (v: string) => (/mill(ón|ones)$/.test(v) ? `${v} de` : v);
/** "los 1.28 millones de personas" (millón is masculine) / "las 47,289 personas". */
const thePeople = (v: string) => (/mill(ón|ones)$/.test(v) ? `los ${v} de personas` : `las ${v} personas`);
/** Lower-case only the first letter, so "IRS" and "ICE" inside a label stay in capitals. */
const low = (s: string) => s[0].toLowerCase() + s.slice(1);
/** "1.3%", with the locale's decimal mark. */
const pct1 = (f: Formatters, v: number) => `${f.number(Math.round(v * 10) / 10)}%`;

const steps: Record<Step, string> = {
  filed: 'presentación',
  argued: 'argumentos orales',
  'relief-denied': 'medida denegada',
  'relief-granted': 'medida concedida',
  finding: 'determinación, sin nuevas medidas',
};
const noDate = 'Fecha no encontrada';

export const esCharts: ChartWords = {
  /** El máximo de palabras del titular de un gráfico (su conclusión); uno más largo detiene la compilación. */
  headlineWords: 18,
  // Una línea nunca se corta entre un número y su unidad ("10 puntos", "47,289 personas").
  hold: (text: string) => text.replace(/(\d) (mil|millones|millón|personas|puntos?)(?![\p{L}])/gu, `$1${NBSP}$2`),
  areas: {
    areaNote: 'El área de cada cuadro es proporcional al número de personas.',
    people: (v) => `${ofNoun(v)} personas`,
    ofWhichPeople: (v) => `de ellas, ${ofNoun(v)} personas`,
    enlarged: (what) => `${what}, en vista ampliada`,
    aboutShare: (count, share) => `${count} (alrededor del ${share}%)`,
    aboutShareOf: (count, share, all) => `${count}, alrededor del ${share}% de ${all}`,
    all: (count) => `Las ${count}`,
    magnified: (times) => `La barra tiene ${times} veces el área del pequeño cuadro relleno.`,
  },
  taxesByLevel: {
    total: (stated) => `Total: ${stated}`,
    totalDiffers: (stated, sum) => `Total según la fuente: ${stated}; las partes suman ${sum} (por redondeo)`,
    partOf: (label, whole) => `${label} (parte de ${whole})`,
    ofWhich: (label, value) => `de los cuales, ${label} ${value}`,
    text: (x, f) => ({
      takeaway: `${cap(word(x.blocks.length))} estimaciones: ${x.blocks.map((b) => billions(f, b.total)).join(' y ')} en impuestos${
        x.mostly ? `, la mayor parte a nivel ${x.mostly.toLowerCase()}` : ''
      }.`,
      description:
        'Gráfico de barras. ' +
        x.blocks
          .map((b) => {
            const bars = b.bars.map(({ label, value, parts }) => {
              const of = parts.length
                ? ` (de los cuales, ${parts.map((p) => `${p.label} ${billions(f, p.value)}`).join(', ')})`
                : '';
              return `${label.toLowerCase()} ${billions(f, value)}${of}`;
            });
            const total = b.stated !== undefined ? `total ${billions(f, b.stated)}: ` : '';
            return `${b.name}: ${total}${bars.join('; ')}.`;
          })
          .join(' ') +
        ' Las dos estimaciones cubren años distintos y usan métodos distintos, por eso se muestran una al lado de la otra y no como una tendencia.',
    }),
  },
  taxesByState: {
    text: (x, f) => {
      const [first, ...rest] = x.states;
      const next = rest.slice(0, 2).map((r) => `${r.label} (${billions(f, r.value)})`);
      return {
        takeaway: `${first.label} encabezó con ${billions(f, first.value)}${next.length ? `, seguida de ${next.join(' y ')}` : ''}.`,
        description: `Gráfico de barras de los impuestos estatales y locales que pagaron los inmigrantes indocumentados en ${x.period}, de mayor a menor: ${x.states
          .map((r) => `${r.label} ${billions(f, r.value)}`)
          .join(', ')}.`,
      };
    },
  },
  workforceShare: {
    eachSquare: 'Cada cuadro representa el 1% de los trabajadores de EE.\u00a0UU.',
    filled: (n, share, workers, period) =>
      `Rellenos: ${n} cuadros = ${share}${workers ? `, ${ofNoun(workers)} trabajadores` : ''} (${period})`,
    shareMark: (period) => `Trabajadores inmigrantes no autorizados, ${period}`,
    shareValue: (share, workers) => `${share} de los trabajadores de EE.\u00a0UU.${workers ? ` (${workers})` : ''}`,
    restMark: (period) => `Todos los demás trabajadores de EE.\u00a0UU., ${period}`,
    text: (x, f) => {
      const share = f.value(x.share, 'percent');
      const count = x.people !== undefined ? `${ofNoun(people(f, x.people))} trabajadores, ` : '';
      return {
        takeaway: `${cap(f.oneIn(x.share))} trabajadores de EE.\u00a0UU. (${share}) era un inmigrante no autorizado en ${x.period}.`,
        description:
          `Cuadrícula de 100 cuadros; cada uno representa el 1% de los trabajadores de EE.\u00a0UU. Están rellenos ${x.full} cuadros${x.part ? ` y el ${x.part}% de otro` : ''}: ` +
          `${count}${share} de la fuerza laboral en ${x.period}, ${f.oneIn(x.share)}.`,
      };
    },
  },
  industryShare: {
    text: (x, f) => ({
      takeaway: `${x.first.label}: ${f.oneIn(x.first.value)} trabajadores (${f.value(x.first.value, 'percent')}) era inmigrante no autorizado en ${x.period}.`,
      description: `Gráfico de barras de la proporción de trabajadores de cada industria que eran inmigrantes no autorizados en ${x.period}: ${x.industries
        .map((r) => `${r.label} ${f.value(r.value, 'percent')}`)
        .join('; ')}.`,
    }),
  },
  requests: {
    eachSquare: (whole, period) =>
      `Cada cuadro es el 1% de ${thePeople(whole).replace(/personas$/, 'nombres')} de la solicitud del ICE del ${period}.`,
    filled: (count, share, period) =>
      `Rellenos: las ${count} direcciones que el IRS divulgó el ${period}, el ${share} de esos nombres.`,
    refused: (items) =>
      `Antes, el IRS rechazó ${items.length === 1 ? 'una solicitud más grande' : `${word(items.length)} solicitudes más grandes`}: ${items.join(' y ')}.`,
    restMark: (label, period) => `${label} (${period}), nombres sin dirección divulgada`,
    text: (x, f) => ({
      takeaway: x.next
        ? `El IRS divulgó direcciones de ${people(f, x.smallest.value)} de ${thePeople(people(f, x.next.value)).replace(/personas$/, 'nombres')}: alrededor del ${pct1(f, x.next.share)}.`
        : `${x.smallest.label}: ${people(f, x.smallest.value)}.`,
      description:
        'Cuadros con áreas proporcionales al número de personas: ' +
        x.rows.map((r) => `${r.label} (${r.period}), ${ofNoun(people(f, r.value))} personas`).join('; ') +
        '.',
    }),
  },
  dataChain: {
    text: (x, f) => ({
      takeaway: `Las solicitudes del ICE abarcaron hasta ${ofNoun(people(f, x.largest))} personas; el IRS divulgó ${people(f, x.disclosed.value)} direcciones.`,
      description:
        'Cuadros con áreas proporcionales al número de personas. ' +
        x.requests.map((r) => `${r.label} (${r.period}): ${ofNoun(people(f, r.value))} personas`).join('; ') +
        `. Dentro de la ${low(x.within.label)}, ${low(x.disclosed.label)} (${x.disclosed.period}): ${people(f, x.disclosed.value)}, el ${pct1(f, x.disclosed.percentOfWithin)}.` +
        (x.part
          ? ` De ellas, ${low(x.part.label)} (${x.part.period}): ${people(f, x.part.value)}, el ${pct1(f, x.part.percentOfDisclosed)}.`
          : ''),
    }),
  },
  lawsuits: {
    steps,
    noDate,
    now: (status) => `Ahora: ${status}`,
    text: (x, f) => {
      const date = (d?: string) => (d ? f.partialDate(d) : noDate);
      return {
        takeaway:
          `${cap(word(x.granted))} de las ${word(x.cases.length)} demandas ${x.granted <= 1 ? 'obtuvo' : 'obtuvieron'} órdenes que limitan el intercambio` +
          (x.denied
            ? `; ${word(x.denied)} ${x.denied === 1 ? 'perdió' : 'perdieron'}${x.onAppeal ? ', también en apelación' : ''}.`
            : '.'),
        description:
          'Líneas de pasos, una por demanda. ' +
          x.cases
            .map(
              (r) =>
                `${r.label} (${r.court}): ${r.steps.map((s) => `${date(s.date)}, ${s.ruling}`).join('; ')}. Ahora: ${r.status}.`,
            )
            .join(' '),
      };
    },
  },
  courtFight: {
    looks: {
      blocked: { name: 'Bloqueado', means: 'una orden judicial detiene el intercambio' },
      limited: { name: 'Limitado', means: 'solo en casos limitados que apruebe un tribunal' },
      allowed: { name: 'Permitido', means: 'el tribunal se niega a detener el intercambio' },
      pending: { name: 'Pendiente', means: 'hubo audiencia, o no hay orden nueva hasta que se decida una apelación' },
      filing: { name: 'Presentada', means: 'comienza la demanda' },
      action: { name: 'Acción de una agencia', means: 'no es un fallo judicial' },
    },
    legend: 'Leyenda',
    events: { filing: 'presentación', argument: 'audiencia', ruling: 'fallo', action: 'acción de una agencia' },
    noDate: 'Fecha no encontrada',
    checked: (date) => `Fuentes revisadas hasta el ${date}`,
    lane: 'Caso o agencias',
    text: (x, f) => {
      const n = x.restricted.length;
      const kinds = new Set(x.restricted);
      const one = n === 1;
      const verbs =
        kinds.size > 1
          ? one
            ? 'limitó o bloqueó'
            : 'limitaron o bloquearon'
          : kinds.has('blocked')
            ? one
              ? 'bloqueó'
              : 'bloquearon'
            : one
              ? 'limitó'
              : 'limitaron';
      const count = ['Ningún', 'Un', 'Dos', 'Tres', 'Cuatro'][n] ?? String(n);
      const names = { blocked: 'bloqueado', limited: 'limitado', allowed: 'permitido', pending: 'pendiente' } as const;
      const date = (d?: string) => (d ? f.partialDate(d) : 'fecha no encontrada');
      return {
        takeaway: n
          ? `${count} ${one ? 'tribunal' : 'tribunales'} de distrito ${verbs} el intercambio de datos IRS–ICE${x.allowedOnAppeal ? '; uno de apelaciones lo permitió' : ''}.`
          : x.allowedOnAppeal
            ? 'Un tribunal de apelaciones permitió el intercambio de datos IRS–ICE.'
            : 'Ningún tribunal ha bloqueado ni limitado el intercambio de datos IRS–ICE.',
        description:
          'Cronología en carriles, uno por demanda y uno para las agencias. ' +
          x.lanes
            .map(
              ({ lane, rows }) =>
                `${lane.label}: ${rows.map((r) => `${date(r.date)}, ${r.label}${r.effect ? ` (${names[r.effect]})` : ''}`).join('; ')}.`,
            )
            .join(' ') +
          ` Fuentes revisadas hasta el ${f.partialDate(x.checkedThrough)}.`,
      };
    },
  },
  revenue: {
    ownScale: (label) => `${label}, escala propia`,
    range: (range) => `rango ${range}`,
    text: (x, f) => {
      const stated = (r: (typeof x.studies)[number]['rows'][number]) =>
        f.value(r.value, r.unit) +
        (r.low !== undefined && r.high !== undefined ? ` (rango ${f.range(r.low, r.high, r.unit)})` : '');
      const n = x.studies.length;
      const r = x.ranged;
      return {
        takeaway: r
          ? `${cap(wordM(n))} estudios miden cosas distintas; uno proyecta una pérdida de ${f.value(r.value, r.unit)} en ${r.period}.`
          : `${cap(wordM(n))} estudios miden cosas distintas; no deben sumarse entre sí.`,
        description:
          'Gráfico de barras, un bloque por estudio, sin unirlos. ' +
          x.studies
            .map((s) => `${s.name}: ${s.rows.map((row) => `${row.label} (${row.period}), ${stated(row)}`).join('; ')}.`)
            .join(' '),
      };
    },
  },
  table: {
    figures: ['Cifra', 'Valor', 'Período', 'Fuente'],
    cases: ['Caso', 'Último fallo', 'Qué significa ahora', 'Fuente'],
    range: (range) => `Rango ${range}`,
    notComparable: ' (no comparable)',
    noRuling: 'No se encontró ningún fallo',
    lanes: ['Qué pasó', 'Fecha', 'Caso o agencias', 'Efecto en el intercambio', 'Fuente'],
  },
  csv: {
    yes: 'sí',
    no: 'no',
    figures: [
      'grupo',
      'etiqueta',
      'valor',
      'unidad',
      'periodo',
      'parte_de',
      'es_total',
      'comparable',
      'nota',
      'minimo',
      'maximo',
    ],
    cases: ['caso', 'tribunal', 'juez', 'estado', 'ahora', 'fecha_paso', 'tribunal_paso', 'paso', 'tipo_paso'],
    lanes: ['carril', 'tribunales_carril', 'fecha', 'evento', 'efecto', 'apelacion', 'que_paso'],
    sources: ['fuente_id', 'fuente_editor', 'fuente_titulo', 'fuente_url', 'fuente_fecha'],
  },
};
