/*
 * Splits antd's prebuilt stylesheet (antd/dist/antd.css, ~1 MB: every component) in two: the
 * rules the first screen can need — the shell and the daily-start pages (home, customers) — and
 * the rest. Parsing and matching a 1 MB sheet is paid before the app's first script runs
 * (scripts wait for pending stylesheets) and again in every style recalculation; the first
 * screen needs about a fifth of it. See vite.config.ts (antdCss) and docs/search.md §9.4.
 *
 * A top-level rule goes to the first sheet when its selectors name no antd class at all
 * (element resets, :root tokens, icons), or name at least one class of a first-screen component:
 * a rule that names only other components' classes cannot match an element the first screen
 * draws. @media / @supports blocks are split rule by rule; @keyframes and @font-face stay first.
 */

/** Class roots (`ant-<root>`, `ant-<root>-…`) of what the shell, home and customers pages draw. */
export const FIRST_SCREEN_ROOTS = [
  // shell: layout, side menu (with its collapse motion and collapsed tooltips), search, staff picker
  'layout',
  'menu',
  'tooltip',
  'typography',
  'select',
  'input',
  'space',
  'btn',
  'app',
  'message',
  'wave',
  'spin',
  // pages: home (cards, statistics, grid, alerts) and customers (card, input, empty, skeleton)
  'card',
  'statistic',
  'row',
  'col',
  'alert',
  'empty',
  'skeleton',
  'result',
  // motions the above use (dropdowns, menu, messages)
  'motion',
  'slide',
  'zoom',
  'fade',
  'move',
] as const;

interface Block {
  /** Prelude: the selector list, or the at-rule with its condition. */
  prelude: string;
  /** Text between the braces. */
  body: string;
}

/** Top-level `prelude{body}` blocks of a stylesheet (strings and comments respected). */
function blocks(css: string): Block[] {
  const out: Block[] = [];
  let i = 0;
  const n = css.length;
  while (i < n) {
    const start = i;
    // prelude up to '{' (or a statement at-rule ending in ';')
    while (i < n && css[i] !== '{' && css[i] !== ';') {
      if (css[i] === '"' || css[i] === "'") i = skipString(css, i);
      else if (css.startsWith('/*', i)) i = css.indexOf('*/', i + 2) + 2;
      else i++;
    }
    if (i >= n) break;
    if (css[i] === ';') {
      out.push({ prelude: css.slice(start, i + 1).trim(), body: '' });
      i++;
      continue;
    }
    const prelude = css.slice(start, i).trim();
    let depth = 1;
    const bodyStart = ++i;
    while (i < n && depth > 0) {
      const c = css[i];
      if (c === '"' || c === "'") {
        i = skipString(css, i);
        continue;
      }
      if (css.startsWith('/*', i)) {
        i = css.indexOf('*/', i + 2) + 2;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') depth--;
      i++;
    }
    out.push({ prelude, body: css.slice(bodyStart, i - 1) });
  }
  return out;
}

function skipString(css: string, i: number): number {
  const quote = css[i];
  i++;
  while (i < css.length && css[i] !== quote) i += css[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Components whose class root starts with a first-screen root but which are not on it. */
const OTHER_ROOTS = ['input-number', 'select-tree', 'tree-select', 'color-picker', 'float-btn', 'menu-submenu-popup'];

const ANT_CLASS = /\.ant-([a-z0-9-]+)/g;

function hasRoot(cls: string, roots: readonly string[]): boolean {
  return roots.some((root) => cls === root || cls.startsWith(`${root}-`));
}

/** Drops parenthesised parts (`:not(…)`, `:where(…)`, `:is(…)`): classes there are not required. */
function required(selector: string): string {
  let out = '';
  let depth = 0;
  for (const c of selector) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** Splits a selector list at its top-level commas. */
function selectorList(prelude: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  out.push(prelude.slice(start));
  return out;
}

/**
 * Whether one complex selector can match an element of the first screen: every antd class it
 * requires (on the element or an ancestor) belongs to a first-screen component. Classes only
 * appear on their own component's elements, so a selector requiring another component's class
 * cannot match there.
 */
function canMatchFirstScreen(selector: string, roots: readonly string[]): boolean {
  for (const m of required(selector).matchAll(ANT_CLASS)) {
    const cls = m[1]!;
    if (!hasRoot(cls, roots) || hasRoot(cls, OTHER_ROOTS)) return false;
  }
  return true;
}

function isFirstScreen(prelude: string, roots: readonly string[]): boolean {
  return selectorList(prelude).some((selector) => canMatchFirstScreen(selector, roots));
}

function render(block: Block): string {
  return block.body === '' && block.prelude.endsWith(';') ? block.prelude : `${block.prelude}{${block.body}}`;
}

/** The stylesheet split into what the first screen needs and the rest, each valid CSS. */
export function splitAntdCss(css: string, roots: readonly string[] = FIRST_SCREEN_ROOTS): { first: string; rest: string } {
  const first: string[] = [];
  const rest: string[] = [];
  for (const block of blocks(css)) {
    if (!block.prelude.startsWith('@')) {
      (isFirstScreen(block.prelude, roots) ? first : rest).push(render(block));
    } else if (/^@(media|supports|layer|container)\b/.test(block.prelude) && block.body.includes('{')) {
      const inner = splitAntdCss(block.body, roots);
      if (inner.first.trim()) first.push(`${block.prelude}{${inner.first}}`);
      if (inner.rest.trim()) rest.push(`${block.prelude}{${inner.rest}}`);
    } else {
      first.push(render(block));
    }
  }
  return { first: first.join(''), rest: rest.join('') };
}
