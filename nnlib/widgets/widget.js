// The front end of nnlib's interactives: one script draws every picture, in JupyterLab /
// Notebook 7 (as an anywidget ES module) and on the static site (as an inline script over
// JSON embedded in the page). Python computes the numbers (`data`); this file only draws
// them, and it is the one place where numbers are turned into text.
//
// A widget's model holds three things: `kind` (which picture), `data` (everything the
// picture needs, computed by nnlib when the widget is made) and `positions` (each
// control's position, an index into its list of values). Moving a control sets
// `positions`; the picture is redrawn at once, in the browser, and the kernel (when
// there is one) receives the new positions afterwards.

const SVG_NS = "http://www.w3.org/2000/svg";
const MINUS = "\u2212";
let widgetCount = 0;

// ---- text: every number a widget shows is formatted here --------------------------------

function fixed(v, decimals) {
  // v with `decimals` decimals, a real minus sign, never "-0.00"
  if (v === null || v === undefined || Number.isNaN(v)) return "";
  const p = Math.pow(10, decimals);
  const r = Math.round(v * p) / p;
  return (r === 0 ? 0 : r).toFixed(decimals).replace("-", MINUS);
}

function short(v) {
  // a number as short as it can be written: 3, −12, 0.5 (four decimals at most)
  const r = Math.round(v * 1e4) / 1e4;
  return String(r === 0 ? 0 : r).replace("-", MINUS);
}

function signed(v, decimals) {
  return (v > 0 ? "+" : "") + fixed(v, decimals);
}

function percent(v) {
  return fixed(100 * v, 1) + " %";
}

function controlText(control, index) {
  const v = control.values[index];
  return control.decimals === null ? short(v) : fixed(v, control.decimals);
}

// ---- DOM and SVG helpers ---------------------------------------------------------------

function node(tag, attrs, parent, text) {
  const e = document.createElement(tag);
  for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}

function svgNode(tag, attrs, parent, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}

function linear(d0, d1, r0, r1) {
  return (v) => r0 + ((v - d0) * (r1 - r0)) / (d1 - d0);
}

function polyline(xs, ys, X, Y) {
  let d = "";
  for (let i = 0; i < xs.length; i++) {
    d += (i ? "L" : "M") + X(xs[i]).toFixed(1) + " " + Y(ys[i]).toFixed(1);
  }
  return d;
}

// A plot panel: an SVG with a title, a clipped plotting area and x/y axes with ticks.
function panel(parent, o) {
  const W = o.width, H = o.height, m = o.margin;
  const svg = svgNode("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", class: "nnw-svg"}, parent);
  const X = linear(o.xlim[0], o.xlim[1], m[3], W - m[1]);
  const Y = linear(o.ylim[0], o.ylim[1], H - m[2], m[0]);
  const clip = `${o.uid}-clip-${o.name}`;
  svgNode("rect", {x: m[3], y: m[0], width: W - m[1] - m[3], height: H - m[0] - m[2]},
          svgNode("clipPath", {id: clip}, svg));
  const axes = svgNode("g", {class: "nnw-axes"}, svg);
  svgNode("rect", {x: m[3], y: m[0], width: W - m[1] - m[3], height: H - m[0] - m[2],
                   fill: "none", stroke: "#57606a", "stroke-width": 1}, axes);
  for (const t of o.xticks || []) {
    svgNode("line", {x1: X(t), x2: X(t), y1: m[0], y2: H - m[2], class: "nnw-grid"}, axes);
    svgNode("text", {x: X(t), y: H - m[2] + 14, "text-anchor": "middle", class: "nnw-tick"},
            axes, o.xtickText ? o.xtickText(t) : short(t));
  }
  for (const t of o.yticks || []) {
    svgNode("line", {x1: m[3], x2: W - m[1], y1: Y(t), y2: Y(t),
                     class: t === 0 ? "nnw-zero" : "nnw-grid"}, axes);
    svgNode("text", {x: m[3] - 4, y: Y(t) + 4, "text-anchor": "end", class: "nnw-tick"},
            axes, o.ytickText ? o.ytickText(t) : short(t));
  }
  if (o.xlabel) {
    svgNode("text", {x: (m[3] + W - m[1]) / 2, y: H - 3, "text-anchor": "middle",
                     class: "nnw-label"}, axes, o.xlabel);
  }
  const title = svgNode("text", {x: W / 2, y: 14, "text-anchor": "middle", class: "nnw-heading"},
                        svg, o.title || "");
  const plot = svgNode("g", {"clip-path": `url(#${clip})`}, svg);
  const over = svgNode("g", {}, svg);  // above the plot, not clipped (markers, legends)
  return {svg, X, Y, plot, over, title};
}

// ---- ReLU kinks --------------------------------------------------------------------------

const UNIT_STYLES = [  // colour and dash: the units differ by more than colour
  {color: "#0969da", dash: ""}, {color: "#bc4c00", dash: "7 4"}, {color: "#1a7f37", dash: "2 3"},
  {color: "#8250df", dash: "10 3 2 3"},
];

function unitStyle(i) {
  return UNIT_STYLES[i % UNIT_STYLES.length];
}

function sub(i) {
  // subscript digits: unit 1 -> "₁"
  return String(i).replace(/\d/g, (c) => String.fromCharCode(0x2080 + +c));
}

function interp(xs, ys, x) {
  // the polyline through (xs, ys) at x; exact for piecewise-linear curves
  if (x <= xs[0]) return ys[0];
  for (let i = 1; i < xs.length; i++) {
    if (x <= xs[i]) {
      const t = (x - xs[i - 1]) / (xs[i] - xs[i - 1] || 1);
      return ys[i - 1] + t * (ys[i] - ys[i - 1]);
    }
  }
  return ys[ys.length - 1];
}

const reluKinks = {
  build(figure, d, uid) {
    const size = {width: 340, height: 250, margin: [24, 10, 34, 34], xlim: d.xlim,
                  xticks: d.xticks, uid};
    const units = panel(figure, Object.assign({}, size, {
      name: "units", ylim: d.unit_ylim, yticks: d.unit_yticks, xlabel: "x",
      title: "hidden units h\u1d62 = ReLU(w\u1d62x + b\u1d62)"}));
    const sum = panel(figure, Object.assign({}, size, {
      name: "sum", ylim: d.sum_ylim, yticks: d.sum_yticks, xlabel: "x"}));
    const v = {units, sum, lines: [], kinks: [], sumKinks: []};
    d.v.forEach((vi, i) => {
      const s = unitStyle(i);
      v.lines.push(svgNode("path", {fill: "none", stroke: s.color, "stroke-width": 2.5,
                                    "stroke-dasharray": s.dash, class: `nnw-unit${i}`},
                           units.plot));
      const legend = 44 + 16 * i;
      svgNode("line", {x1: 42, x2: 66, y1: legend, y2: legend, stroke: s.color,
                       "stroke-width": 2.5, "stroke-dasharray": s.dash}, units.over);
      svgNode("text", {x: 70, y: legend + 4, class: "nnw-legend"}, units.over,
              `h${sub(i + 1)}, output weight v${sub(i + 1)} = ${signed(vi, 1)}`);
    });
    v.sumLine = svgNode("path", {fill: "none", stroke: "#1f2328", "stroke-width": 2.8,
                                 class: "nnw-sum"}, sum.plot);
    d.v.forEach((vi, i) => {
      const s = unitStyle(i);
      v.kinks.push(svgNode("circle", {r: 5, fill: s.color, stroke: "#fff", "stroke-width": 1.5,
                                      class: `nnw-kink${i}`}, units.over));
      v.sumKinks.push(svgNode("circle", {r: 4.5, fill: s.color, stroke: "#fff",
                                         "stroke-width": 1.5}, sum.over));
    });
    return v;
  },

  draw(v, d, p, readout) {
    const relu = !!p.relu, x0 = d.xlim[0], x1 = d.xlim[1];
    const curves = [], kinks = [];
    let xs = [x0, x1];
    d.v.forEach((_, i) => {
      const wi = p[`w${i + 1}`], bi = p[`b${i + 1}`];
      const unit = relu ? d.relu[wi][bi] : {kink: null, x: [x0, x1], h: d.linear[wi][bi]};
      curves.push(unit);
      kinks.push(unit.kink);
      xs = xs.concat(unit.x);
      v.lines[i].setAttribute("d", polyline(unit.x, unit.h, v.units.X, v.units.Y));
    });
    xs = xs.sort((a, b) => a - b).filter((x, j) => j === 0 || x !== xs[j - 1]);
    const s = xs.map((x) => curves.reduce((t, c, i) => t + d.v[i] * interp(c.x, c.h, x), d.c));
    v.sumLine.setAttribute("d", polyline(xs, s, v.sum.X, v.sum.Y));
    const parts = [], where = [];
    kinks.forEach((k, i) => {
      const seen = relu && k !== null && k >= x0 && k <= x1;
      for (const [dot, P, y] of [[v.kinks[i], v.units, 0], [v.sumKinks[i], v.sum, null]]) {
        dot.style.display = seen ? "" : "none";
        if (seen) {
          dot.setAttribute("cx", P.X(k).toFixed(1));
          dot.setAttribute("cy", P.Y(y === null ? interp(xs, s, k) : y).toFixed(1));
        }
      }
      const name = `h${sub(i + 1)}`;
      if (!relu) parts.push(`${name}: no ReLU, no kink`);
      else if (k === null) parts.push(`${name}: no kink (w = 0)`);
      else parts.push(`${name}: kink at x = ${fixed(k, 2)}${seen ? "" : " (off the plot)"}`);
      if (seen) where.push(fixed(k, 2));
    });
    const slope = (s[s.length - 1] - s[0]) / (x1 - x0), icpt = s[0] - slope * x0;
    const line = `s(x) = ${fixed(slope, 2)}\u00b7x + ${fixed(icpt, 2)}`;
    v.sum.title.textContent = relu ? "their weighted sum s(x) = \u03a3 v\u1d62h\u1d62(x)"
      : "no ReLU: the sum is one straight line";
    const summary = !relu ? `without ReLU the sum is one straight line: ${line}`
      : where.length ? "the sum bends at every kink in view"
        : "no kink in view: here the sum is a straight line";
    readout.textContent = `kinks at x = \u2212b/w \u2192 ${parts.join(" \u00b7 ")}\n${summary}`;
    v.units.svg.setAttribute("aria-label", `${d.v.length} hidden units; ` +
      (where.length ? `kinks at x = ${where.join(", ")}` : "no kink in view"));
    v.sum.svg.setAttribute("aria-label", relu ? `their weighted sum; ${summary}` : line);
  },
};

// ---- the circuit f = (x + y) * z ---------------------------------------------------------

const circuit = {
  build(figure, d, uid) {
    const S = 80, pad = 46;  // pixels per layout unit; room around the graph
    const xs = d.nodes.map((n) => n.x), ys = d.nodes.map((n) => n.y);
    const xmin = Math.min(...xs), xmax = Math.max(...xs) + d.wire;
    const ymin = Math.min(...ys), ymax = Math.max(...ys);
    const W = (xmax - xmin) * S + 2 * pad, H = (ymax - ymin) * S + 2 * pad;
    const X = (x) => pad + (x - xmin) * S, Y = (y) => pad + (ymax - y) * S;
    const svg = svgNode("svg", {viewBox: `0 0 ${W.toFixed(0)} ${H.toFixed(0)}`, role: "img",
                                class: "nnw-svg nnw-circuit"}, figure);
    const r = d.radius * S;
    const v = {svg, values: [], grads: [], rings: []};
    // wires: a straight stub that carries the node's numbers, then on to the gate that
    // uses the node (the output's stub is its whole wire)
    const stub = 64;
    d.nodes.forEach((n, i) => {
      const start = X(n.x) + (n.op ? r : 8), to = d.parent[i];
      const end = to === null ? Math.max(X(n.x + d.wire), start + stub) : X(d.nodes[to].x) - r;
      const endY = to === null ? Y(n.y) : Y(d.nodes[to].y);
      svgNode("path", {d: `M${start} ${Y(n.y)}H${start + stub}L${end} ${endY}`, fill: "none",
                       class: "nnw-wire"}, svg);
    });
    d.nodes.forEach((n, i) => {
      const cx = X(n.x), cy = Y(n.y), mid = cx + (n.op ? r : 8) + stub / 2;
      if (n.op) {
        v.rings[i] = svgNode("circle", {cx, cy, r: r + 6, class: "nnw-active"}, svg);
        svgNode("circle", {cx, cy, r, class: "nnw-gate"}, svg);
        svgNode("text", {x: cx, y: cy + 6, "text-anchor": "middle", class: "nnw-op"}, svg,
                n.op === "*" ? "\u00d7" : n.op);
        svgNode("text", {x: cx, y: cy - r - 6, "text-anchor": "middle", class: "nnw-name"},
                svg, n.label);
      } else {
        svgNode("text", {x: cx, y: cy + 5, "text-anchor": "end", class: "nnw-name"}, svg,
                n.label);
      }
      v.values[i] = svgNode("text", {x: mid, y: cy - 7, "text-anchor": "middle",
                                     class: "nnw-value"}, svg);
      v.grads[i] = svgNode("text", {x: mid, y: cy + 19, "text-anchor": "middle",
                                    class: "nnw-grad"}, svg);
    });
    // the key: values and gradients differ by place and style, not only by colour
    const key = node("div", {class: "nnw-key"}, figure);
    node("span", {class: "nnw-key-value"}, key, "value");
    key.appendChild(document.createTextNode(" above each wire, "));
    node("span", {class: "nnw-key-grad"}, key, "[gradient \u2202f/\u2202\u00b7]");
    key.appendChild(document.createTextNode(" below it"));
    return v;
  },

  draw(v, d, p, readout) {
    const key = (p.x * d.sizes[1] + p.y) * d.sizes[2] + p.z;
    const vals = d.values[key], grads = d.grads[key], known = d.known[p.step];
    d.nodes.forEach((n, i) => {
      v.values[i].textContent = short(vals[i]);
      v.grads[i].textContent = known.includes(i) ? `[${short(grads[i])}]` : "[?]";
      if (v.rings[i]) v.rings[i].style.display = d.active[p.step] === i ? "" : "none";
    });
    const text = d.captions[p.step].replace(/\{([vg])(\d+)\}/g,
      (m, which, i) => short((which === "v" ? vals : grads)[+i]));
    readout.textContent = text;
    const shown = d.nodes.map((n, i) => `${n.label} = ${short(vals[i])}` +
      (known.includes(i) ? `, gradient ${short(grads[i])}` : ""));
    v.svg.setAttribute("aria-label", `the circuit f = (x + y) \u00d7 z: ${shown.join("; ")}`);
  },

  // Moving an input starts the backward pass over: predict first, then step.
  adjust(changed, p) {
    if (["x", "y", "z"].some((n) => n in changed)) p.step = 0;
  },
};

// ---- hidden size and the decision boundary -----------------------------------------------

const MARKERS = ["circle", "square", "triangle"];  // one shape per class

function marker(parent, shape, x, y, r, attrs) {
  const f = (v) => v.toFixed(1);
  if (shape === "circle") {
    return svgNode("circle", Object.assign({cx: f(x), cy: f(y), r}, attrs), parent);
  }
  if (shape === "square") {
    return svgNode("rect", Object.assign({x: f(x - 0.85 * r), y: f(y - 0.85 * r),
                                          width: f(1.7 * r), height: f(1.7 * r)}, attrs), parent);
  }
  const h = 1.2 * r;
  return svgNode("path", Object.assign({d: `M${f(x)} ${f(y - h)}L${f(x + h)} ${f(y + 0.8 * h)}` +
                                           `L${f(x - h)} ${f(y + 0.8 * h)}Z`}, attrs), parent);
}

const hiddenSize = {
  build(figure, d, uid) {
    const e = d.extent;  // left, right, bottom, top
    const B = panel(figure, {width: 300, height: 300, margin: [22, 4, 4, 4], xlim: [e[0], e[1]],
                             ylim: [e[2], e[3]], uid, name: "boundary"});
    const box = {x: B.X(e[0]), y: B.Y(e[3]), width: B.X(e[1]) - B.X(e[0]),
                 height: B.Y(e[2]) - B.Y(e[3])};
    const image = svgNode("image", Object.assign({preserveAspectRatio: "none",
                                                  class: "nnw-boundary"}, box), B.plot);
    d.X.forEach((pt, i) => {
      const c = d.y[i], color = d.colors[c], train = d.train[i];
      // training points filled, validation points hollow; the shape gives the class
      marker(B.plot, MARKERS[c], B.X(pt[0]), B.Y(pt[1]), 3.6,
             train ? {fill: color, stroke: "#1f2328", "stroke-width": 0.8}
               : {fill: "#fff", stroke: color, "stroke-width": 1.6});
    });
    const n = d.H.length;
    const A = panel(figure, {width: 300, height: 300, margin: [22, 10, 46, 40],
                             xlim: [-0.5, n - 0.5],
                             ylim: [d.acc_ylim[0], 1.0], xticks: d.H.map((_, i) => i),
                             xtickText: (i) => String(d.H[i]), yticks: d.acc_yticks,
                             ytickText: (t) => fixed(100 * t, 0), xlabel: "hidden size H",
                             uid, name: "accuracy"});
    svgNode("text", {x: 12, y: 160, transform: "rotate(-90 12 160)", "text-anchor": "middle",
                     class: "nnw-label"}, A.over, "accuracy (%)");
    const cursor = svgNode("line", {y1: A.Y(d.acc_ylim[0]), y2: A.Y(1.0), class: "nnw-cursor"},
                           A.plot);
    const lines = {}, dots = {};
    for (const [which, dash, shape] of [["train", "", "circle"], ["val", "6 4", "square"]]) {
      lines[which] = svgNode("path", {fill: "none", stroke: d.curve_colors[which],
                                      "stroke-width": 2.2, "stroke-dasharray": dash}, A.plot);
      dots[which] = d.H.map((_, i) => marker(A.plot, shape, 0, 0, 3.5,
        which === "train" ? {fill: d.curve_colors[which]}
          : {fill: "#fff", stroke: d.curve_colors[which], "stroke-width": 1.8}));
    }
    const keyY = 276;
    svgNode("line", {x1: 60, x2: 84, y1: keyY, y2: keyY, stroke: d.curve_colors.train,
                     "stroke-width": 2.2}, A.over);
    svgNode("text", {x: 88, y: keyY + 4, class: "nnw-legend"}, A.over, "training");
    svgNode("line", {x1: 160, x2: 184, y1: keyY, y2: keyY, stroke: d.curve_colors.val,
                     "stroke-width": 2.2, "stroke-dasharray": "6 4"}, A.over);
    svgNode("text", {x: 188, y: keyY + 4, class: "nnw-legend"}, A.over, "validation");
    const key = node("div", {class: "nnw-key"}, figure);
    key.appendChild(document.createTextNode("classes:"));
    ["\u25cf", "\u25a0", "\u25b2"].forEach((glyph, c) => {
      node("span", {style: `color:${d.colors[c]}`, "aria-hidden": "true"}, key, ` ${glyph}`);
      key.appendChild(document.createTextNode(` ${c}`));  // as the lessons number them: 0, 1, 2
    });
    key.appendChild(document.createTextNode(" (shape and colour) \u00b7 filled: training " +
                                            "points \u00b7 hollow: validation points"));
    return {B, A, image, cursor, lines, dots};
  },

  draw(v, d, p, readout) {
    const f = d.frames[p.H][p.reg], reg = short(d.reg[p.reg]);
    v.image.setAttribute("href", "data:image/png;base64," + f.png);
    v.B.title.textContent = `decision boundary, H = ${d.H[p.H]}, reg = ${reg}`;
    v.A.title.textContent = `accuracy against H, reg = ${reg}`;
    for (const which of ["train", "val"]) {
      const acc = d.frames.map((row) => row[p.reg][which]);
      v.lines[which].setAttribute("d", polyline(acc.map((_, i) => i), acc, v.A.X, v.A.Y));
      acc.forEach((a, i) => {
        const dot = v.dots[which][i], x = v.A.X(i), y = v.A.Y(a);
        if (dot.tagName === "rect") {
          dot.setAttribute("x", (x - 0.85 * 3.5).toFixed(1));
          dot.setAttribute("y", (y - 0.85 * 3.5).toFixed(1));
        } else {
          dot.setAttribute("cx", x.toFixed(1));
          dot.setAttribute("cy", y.toFixed(1));
        }
      });
    }
    const x = v.A.X(p.H).toFixed(1);
    v.cursor.setAttribute("x1", x);
    v.cursor.setAttribute("x2", x);
    const text = `H = ${d.H[p.H]}, reg = ${reg}: training accuracy ${percent(f.train)}, ` +
      `validation accuracy ${percent(f.val)}`;
    readout.textContent = text;
    v.B.svg.setAttribute("aria-label", `decision boundary of the network with ${text}`);
    v.A.svg.setAttribute("aria-label", `training and validation accuracy for every H at ` +
      `reg = ${reg}: training ` + d.frames.map((r) => percent(r[p.reg].train)).join(", ") +
      `; validation ` + d.frames.map((r) => percent(r[p.reg].val)).join(", "));
  },
};

const KINDS = {relu_kinks: reluKinks, circuit, hidden_size: hiddenSize};

// ---- controls ----------------------------------------------------------------------------

// The keys a slider moves with. JupyterLab and Notebook 7 handle keydown before or
// above the output area, and their shortcuts cancel the arrow keys' default action
// (Notebook 7 even in the capture phase on document). So one listener on window, which
// hears a key before any of them, keeps these keys away from everyone but the focused
// slider of an interactive; the browser still moves that slider.
const SLIDER_KEYS = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End",
                     "PageUp", "PageDown"];

function keepSliderKeys() {
  if (window.nnlibSliderKeys) return;
  window.nnlibSliderKeys = true;
  window.addEventListener("keydown", (event) => {
    const t = event.target;
    if (SLIDER_KEYS.includes(event.key) && t instanceof HTMLInputElement &&
        t.type === "range" && t.closest(".nnw")) {
      event.stopPropagation();
    }
  }, true);
}

function makeControls(root, controls, uid, move) {
  const box = node("div", {class: "nnw-controls"}, root);
  const rows = {}, sync = [];
  controls.forEach((c) => {
    let parent = box;
    if (c.row) {
      if (!rows[c.row]) {  // a label, then the row's controls (wrapping under each other)
        const row = node("div", {class: "nnw-row", role: "group", "aria-label": c.row}, box);
        node("span", {class: "nnw-row-label", "aria-hidden": "true"}, row, c.row);
        rows[c.row] = node("div", {class: "nnw-row-items"}, row);
      }
      parent = rows[c.row];
    }
    if (c.kind === "range") {
      const label = node("label", {class: "nnw-slider"}, parent);
      const id = `${uid}-${c.name}`;
      node("span", {class: "nnw-name", id: `${id}-name`}, label, c.label);
      const input = node("input", {type: "range", min: 0, max: c.values.length - 1, step: 1,
                                   "data-name": c.name, "aria-labelledby": `${id}-name`}, label);
      const out = node("output", {"aria-hidden": "true"}, label);
      input.addEventListener("input", () => move({[c.name]: +input.value}));
      sync.push((p) => {
        const text = controlText(c, p[c.name]);
        if (+input.value !== p[c.name]) input.value = p[c.name];
        input.setAttribute("aria-valuetext", text);
        out.textContent = text;
      });
    } else if (c.kind === "checkbox") {
      const label = node("label", {class: "nnw-toggle"}, parent);
      const input = node("input", {type: "checkbox", "data-name": c.name}, label);
      node("span", {}, label, c.label);
      input.addEventListener("change", () => move({[c.name]: input.checked ? 1 : 0}));
      sync.push((p) => { input.checked = !!p[c.name]; });
    } else if (c.kind === "stepper") {
      const span = node("span", {class: "nnw-stepper", role: "group", "aria-label": c.label,
                                 "data-name": c.name}, parent);
      const buttons = [[-1, "\u25c0 ", "Back", ""], [1, "", "Next", " \u25b6"]].map(
        ([step, before, text, after]) => {
          const b = node("button", {type: "button", "data-step": step}, span);
          node("span", {"aria-hidden": "true"}, b, before);
          b.appendChild(document.createTextNode(text));
          node("span", {"aria-hidden": "true"}, b, after);
          b.addEventListener("click", () => move({[c.name]: Math.max(0, Math.min(
            c.labels.length - 1, +span.getAttribute("data-value") + step))}));
          return b;
        });
      const out = node("output", {"aria-live": "polite"}, null);
      span.insertBefore(out, buttons[1]);
      sync.push((p) => {
        span.setAttribute("data-value", p[c.name]);
        out.textContent = c.labels[p[c.name]];
        buttons[0].disabled = p[c.name] === 0;
        buttons[1].disabled = p[c.name] === c.labels.length - 1;
      });
    }
  });
  return (p) => sync.forEach((f) => f(p));
}

// ---- the widget --------------------------------------------------------------------------

function render({model, el}) {
  const kind = model.get("kind"), d = model.get("data"), K = KINDS[kind];
  const uid = `nnw${++widgetCount}-${Math.random().toString(36).slice(2, 7)}`;
  keepSliderKeys();
  el.classList.add("nnw");
  el.setAttribute("data-nnlib-widget", kind);
  node("div", {class: "nnw-title"}, el, d.title);
  function move(changed) {
    const p = Object.assign({}, model.get("positions"), changed);
    if (K.adjust) K.adjust(changed, p);
    model.set("positions", p);
    model.save_changes();
  }
  const syncControls = makeControls(el, d.controls, uid, move);
  const figure = node("div", {class: "nnw-figure"}, el);
  const readout = node("div", {class: "nnw-readout", "aria-live": "polite", id: `${uid}-readout`},
                       el);
  const view = K.build(figure, d, uid);
  for (const svg of figure.querySelectorAll("svg")) {
    svg.setAttribute("aria-describedby", `${uid}-readout`);
  }
  function draw() {
    const p = model.get("positions");
    syncControls(p);
    K.draw(view, d, p, readout);
  }
  model.on("change:positions", draw);
  draw();
  el.setAttribute("data-ready", "1");
  return () => model.off("change:positions", draw);
}

// The static site has no kernel: a model that only keeps the positions in the page.
function pageModel(state) {
  const handlers = {};
  return {
    get: (k) => state[k],
    set(k, value) {
      state[k] = value;
      (handlers[`change:${k}`] || []).forEach((f) => f());
    },
    save_changes() {},
    on(event, f) { (handlers[event] = handlers[event] || []).push(f); },
    off(event, f) { handlers[event] = (handlers[event] || []).filter((g) => g !== f); },
  };
}

function mount(id) {
  const el = document.getElementById(id);
  const state = JSON.parse(el.querySelector("script.nnw-data").textContent);
  render({model: pageModel(state), el});
}

export default {render};
