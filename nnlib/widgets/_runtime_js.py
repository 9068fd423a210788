"""The script and style every static control carries (inlined, a few KiB).

The script is defined once per page (later copies return early) and knows how to
draw one frame of each kind of control from the precomputed JSON. It only moves
artists of the saved SVG: paths, markers, text, the boundary image.
"""

RUNTIME_CSS = """
.nnw{border:1px solid #d0d7de;border-radius:6px;padding:.6em .8em;margin:.5em 0;background:#fff;color:#24292f;font-size:.9rem}
.nnw-title{font-weight:600;margin-bottom:.3em}
.nnw-controls{display:flex;flex-wrap:wrap;gap:.3em 1.2em;align-items:center}
.nnw-row{display:flex;flex-wrap:wrap;align-items:center;gap:.3em 1.2em;width:100%}
.nnw-row-label{font-weight:600;min-width:1.6em}
.nnw-slider{display:inline-flex;align-items:center;gap:.4em;margin:0}
.nnw-slider input{width:8em}
.nnw-slider output{font-family:monospace;min-width:3.2em;text-align:right}
.nnw-toggle{display:inline-flex;align-items:center;gap:.3em;margin:0}
.nnw-stepper{display:inline-flex;align-items:center;gap:.5em}
.nnw-stepper output{min-width:11em;text-align:center}
.nnw-stepper button{white-space:nowrap;font:inherit;padding:.1em .6em;border:1px solid #8c959f;border-radius:4px;background:#f6f8fa;color:#24292f;cursor:pointer}
.nnw-figure svg.nnw-svg{width:100%;height:auto;display:block}
.nnw-readout{font-family:monospace;white-space:pre-wrap;margin-top:.3em}
""".strip().replace("\n", "")

RUNTIME_JS = r"""
(function () {
  if (window.nnlibWidgets) return;
  var W = {kinds: {}};
  function fmt(v) {
    if (v === null || v === undefined) return '';
    var r = Math.round(v * 100) / 100;
    return (r === 0 ? 0 : r).toFixed(2).replace('-', '\u2212');
  }
  W.fmt = fmt;
  function pathData(xs, ys, T) {
    var d = [];
    for (var i = 0; i < xs.length; i++) {
      d.push((i ? 'L ' : 'M ') + (T[0] * xs[i] + T[1]).toFixed(2) + ' ' + (T[2] * ys[i] + T[3]).toFixed(2));
    }
    return d.join(' ');
  }
  function setPath(g, xs, ys, T) { g.querySelector('path').setAttribute('d', pathData(xs, ys, T)); }
  function setText(g, s) { g.querySelector('text').textContent = s; }
  function show(el, on) { el.style.display = on ? '' : 'none'; }
  function moveMarker(g, x, y, T) {
    var u = g.querySelector('use');
    u.setAttribute('x', (T[0] * x + T[1]).toFixed(2));
    u.setAttribute('y', (T[2] * y + T[3]).toFixed(2));
  }
  function interp(xs, ys, x) {
    // value at x of the polyline through (xs, ys); exact for piecewise-linear curves
    if (x <= xs[0]) return ys[0];
    for (var i = 1; i < xs.length; i++) {
      if (x <= xs[i]) {
        var t = (x - xs[i - 1]) / (xs[i] - xs[i - 1] || 1);
        return ys[i - 1] + t * (ys[i] - ys[i - 1]);
      }
    }
    return ys[ys.length - 1];
  }

  W.kinds.relu_kinks = function (d, s, g, readout) {
    var n = d.v.length, x0 = d.xlim[0], x1 = d.xlim[1];
    var curves = [], kinks = [], all = [x0, x1];
    for (var i = 0; i < n; i++) {
      var iw = s['w' + i], ib = s['b' + i], e;
      if (s.relu) { e = d.relu[iw][ib]; } else { e = [null, [x0, x1], d.linear[iw][ib]]; }
      curves.push(e); kinks.push(e[0]);
      e[1].forEach(function (x) { all.push(x); });
      setPath(g('unit' + i), e[1], e[2], d.T.units);
    }
    all.sort(function (a, b) { return a - b; });
    var X = all.filter(function (x, j) { return j === 0 || x !== all[j - 1]; });
    var S = X.map(function (x) {
      var t = d.c;
      for (var i = 0; i < n; i++) t += d.v[i] * interp(curves[i][1], curves[i][2], x);
      return t;
    });
    setPath(g('sum'), X, S, d.T.sum);
    var parts = [], seen = 0;
    for (var i = 0; i < n; i++) {
      var k = kinks[i], inView = k !== null && k >= x0 && k <= x1;
      if (inView) seen++;
      show(g('kink' + i), inView); show(g('sumkink' + i), inView);
      if (inView) {
        moveMarker(g('kink' + i), k, 0, d.T.units);
        moveMarker(g('sumkink' + i), k, interp(X, S, k), d.T.sum);
      }
      var w = d.gw[s['w' + i]];
      parts.push('h' + (i + 1) + ': ' + (!s.relu ? 'no ReLU, no kink'
                 : k === null ? 'no kink (w = 0)' : 'kink at x = ' + fmt(k) + (inView ? '' : ' (off the plot)')));
    }
    var slope = (S[S.length - 1] - S[0]) / (x1 - x0), icpt = S[0] - slope * x0;
    setText(g('sumtitle'), s.relu ? d.titles.relu : d.titles.linear);
    readout.textContent = 'kinks at x = \u2212b/w \u2192 ' + parts.join(' \u00b7 ') + '\n' +
      (s.relu ? (seen ? 'the sum bends at every kink in view' : 'no kink in view: here the sum is a straight line')
              : 'without ReLU the sum is one straight line: s(x) = ' + fmt(slope) + '\u00b7x + ' + fmt(icpt));
  };

  function num(v) {
    var r = Math.round(v * 1e4) / 1e4;
    return String(r === 0 ? 0 : r).replace('-', '\u2212');
  }
  W.kinds.circuit = function (d, s, g, readout) {
    var key = (s.x * d.gy + s.y) * d.gz + s.z;
    var vals = d.values[key], grads = d.grads[key], known = d.known[s.step];
    for (var i = 0; i < d.labels.length; i++) {
      setText(g('value' + i), num(vals[i]));
      setText(g('grad' + i), known.indexOf(i) >= 0 ? num(grads[i]) : '?');
    }
    for (var j = 0; j < d.ngates; j++) show(g('active' + j), d.active[s.step] === j);
    readout.textContent = d.captions[s.step].replace(/\{([vg])(\d+)\}/g, function (m, k, i) {
      return num((k === 'v' ? vals : grads)[+i]);
    });
  };

  W.kinds.hidden_size = function (d, s, g, readout) {
    var f = d.frames[s.H][s.reg || 0];
    g('boundary').setAttribute('href', 'data:image/png;base64,' + f[0]);
    var title = 'H = ' + d.H[s.H] + ', reg = ' + d.reg[s.reg || 0];
    setText(g('title'), title);
    readout.textContent = title + ': training accuracy ' + (100 * f[1]).toFixed(1) + ' %';
  };

  W.init = function (uid) {
    var root = document.getElementById(uid);
    var d = JSON.parse(root.querySelector('script.nnw-data').textContent);
    var s = {}, readout = root.querySelector('.nnw-readout');
    function g(gid) { return document.getElementById(uid + '-' + gid); }
    function draw() { W.kinds[d.kind](d, s, g, readout); }
    d.controls.forEach(function (c) {
      var sel = '[data-name="' + c.name + '"]';
      if (c.kind === 'range') {
        var inp = root.querySelector('input' + sel), out = inp.parentNode.querySelector('output');
        s[c.name] = +inp.value;
        inp.addEventListener('input', function () {
          s[c.name] = +inp.value; out.textContent = c.labels[s[c.name]]; draw();
        });
      } else if (c.kind === 'checkbox') {
        var box = root.querySelector('input' + sel);
        s[c.name] = box.checked;
        box.addEventListener('change', function () { s[c.name] = box.checked; draw(); });
      } else if (c.kind === 'stepper') {
        var span = root.querySelector('span' + sel), cap = span.querySelector('output');
        s[c.name] = +span.getAttribute('data-value');
        span.querySelectorAll('button').forEach(function (b) {
          b.addEventListener('click', function () {
            var v = Math.max(0, Math.min(c.labels.length - 1, s[c.name] + (+b.getAttribute('data-step'))));
            s[c.name] = v; span.setAttribute('data-value', v); cap.textContent = c.labels[v]; draw();
          });
        });
      }
    });
    draw();
    root.setAttribute('data-ready', '1');
  };
  window.nnlibWidgets = W;
})();
""".strip()
