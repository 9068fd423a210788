// TeX -> SVG at build time with MathJax 3 (npm `mathjax-full`, pinned in package-lock.json).
// Started once per build by coursebook/mathsvg.py. The first line it writes is
// {"css": "..."}, the style sheet the SVG output needs (the same for every page). Then,
// for each line read, one page's formulas {"formulas": [{"tex": "...", "display": bool}]},
// it writes one line {"html": [...], "errors": [...], "cache": "<svg ...>"}: one
// <mjx-container> per formula (or null and its error message) and the page's glyph cache,
// the hidden <svg> whose paths every formula of that page points to.
"use strict";

const readline = require("readline");
const { mathjax } = require("mathjax-full/js/mathjax.js");
const { TeX } = require("mathjax-full/js/input/tex.js");
const { SVG } = require("mathjax-full/js/output/svg.js");
const { liteAdaptor } = require("mathjax-full/js/adaptors/liteAdaptor.js");
const { RegisterHTMLHandler } = require("mathjax-full/js/handlers/html.js");
const { AssistiveMmlHandler } = require("mathjax-full/js/a11y/assistive-mml.js");
const { AllPackages } = require("mathjax-full/js/input/tex/AllPackages.js");

const adaptor = liteAdaptor();
AssistiveMmlHandler(RegisterHTMLHandler(adaptor));  // MathML for screen readers, hidden on screen

const tex = new TeX({
  packages: AllPackages.filter((name) => !["bussproofs", "autoload", "require", "noundefined", "noerrors"].includes(name)),
  formatError: (jax, err) => { throw err; },
});
// fontCache "global": a glyph used several times on a page is stored once per page.
const svg = new SVG({ fontCache: "global" });
const html = mathjax.document("", { InputJax: tex, OutputJax: svg });

process.stdout.write(JSON.stringify({ css: adaptor.textContent(svg.styleSheet(html)) }) + "\n");

function renderPage(formulas) {
  svg.clearFontCache();
  const reply = { html: [], errors: [] };
  for (const { tex, display } of formulas) {
    try {
      reply.html.push(adaptor.outerHTML(html.convert(tex, { display: Boolean(display) })));
      reply.errors.push(null);
    } catch (err) {
      reply.html.push(null);
      reply.errors.push(String((err && err.message) || err));
    }
  }
  const cache = svg.svg("svg", { id: SVG.FONTCACHEID, style: { display: "none" } },
                        [svg.fontCache.getCache()]);
  reply.cache = adaptor.outerHTML(cache);
  return reply;
}

readline.createInterface({ input: process.stdin, terminal: false }).on("line", (line) => {
  process.stdout.write(JSON.stringify(renderPage(JSON.parse(line).formulas)) + "\n");
});
