/** The report's only stylesheet, inlined so the file opens offline. System fonts: nothing to fetch. */
export const REPORT_CSS = `
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #e3e3e6; --accent: #2f5d8a; --bad: #b3261e; --good: #1e7a45; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.35rem; margin: 2.6rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .5rem; }
p, li { max-width: 72ch; }
.lede { color: var(--muted); margin-top: 0; }
.muted { color: var(--muted); }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.1rem; margin: .15rem 0; }
ul.tree > li { padding-left: 0; }
ul.tree summary { cursor: pointer; }
.findings { border-left: 4px solid #2a64a3; padding: 2px 14px; background: #f3f7fc; }
.findings ul ul { margin: 4px 0; }
a { color: var(--accent); }
nav.toc { background: #f7f7f9; border: 1px solid var(--rule); border-radius: 6px; padding: .8rem 1.2rem; margin: 1.2rem 0; }
nav.toc ol { margin: .3rem 0 0; padding-left: 1.3rem; columns: 2; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid var(--rule); }
th { background: #f7f7f9; font-weight: 600; }
table.params, table.timings, table.skipped, table.bursts { width: auto; min-width: 50%; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td ul { margin: 0; padding-left: 1.1rem; }
tr.not-significant td { color: var(--muted); }
.tag { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: 3px; white-space: nowrap; }
.tag.ns { background: #eee; color: var(--muted); }
.tag.sig { background: #e6f2ea; color: var(--good); }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .35em; vertical-align: -.05em; }
figure.chart { margin: 1.2rem 0 2rem; overflow-x: auto; }
figure.chart svg { display: block; }
.scroll-hint { display: none; position: sticky; left: 0; margin: 0 0 .2rem; color: var(--muted); font-size: .8rem; }
figcaption { position: sticky; left: 0; max-width: calc(100vw - 2rem); color: var(--muted); font-size: .85rem; margin-top: .3rem; }
.warning { border-left: 4px solid #e0a100; background: #fff8e1; padding: .5rem .9rem; margin: .5rem 0; }
.empty { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: .85rem; margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .8rem; }
/* Below 700 px tables and charts scroll sideways in their own box; each such box is focusable (tabindex) so a keyboard can scroll it (axe: scrollable-region-focusable). */
@media (max-width: 700px) { nav.toc ol { columns: 1; } main { padding: 1rem; } .scroll-hint { display: block; } table { display: block; overflow-x: auto; max-width: 100%; } }
@media print { nav.toc { display: none; } h2 { break-after: avoid; } figure.chart { break-inside: avoid; } figure.chart svg { min-width: 0 !important; } }
.topic-page { border-top: 1px solid #e3e3e3; padding-top: .4em; }
.topic-page h3 small, .tree small { color: #666; font-weight: normal; }
.spark { display: block; margin: .3em 0; }
table.words td:last-child { color: #333; }
.tree, .tree ul { list-style: none; padding-left: 1.1em; border-left: 1px solid #ddd; }
`;
