// entente web UI: draws the timeline (vis-timeline) and the networks
// (cytoscape) from the JSON API. Every page works without this script;
// it only adds the drawings. Text from the data is always set as text,
// never as HTML.
(function () {
  "use strict";

  function fetchJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new Error(body && body.error ? body.error.message : r.statusText);
        }
        return body;
      });
    });
  }

  function message(el, cls, text) {
    var p = document.createElement("p");
    p.className = cls;
    p.textContent = text;
    el.replaceChildren(p);
    el.classList.add("drawn-empty");
  }

  function escapeHTML(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // infoLine returns the line under a drawing where hovering tells more.
  function infoLine(el) {
    var p = document.createElement("p");
    p.className = "hover-info muted";
    p.setAttribute("aria-live", "polite");
    p.textContent = "Hover over a node or an edge for details; click to open it.";
    el.insertAdjacentElement("afterend", p);
    return p;
  }

  // nodeList adds, after a graph, the list of its nodes as links: the
  // canvas is not readable by screen readers (nor by tests).
  function nodeList(el, nodes) {
    var ul = document.createElement("ul");
    ul.className = "graph-nodes sr-only";
    ul.id = el.id + "-nodes";
    nodes.forEach(function (n) {
      var li = document.createElement("li");
      li.dataset.id = n.id;
      var a = document.createElement("a");
      a.href = n.link || "#";
      a.textContent = n.name + " (" + n.id + ")";
      li.appendChild(a);
      ul.appendChild(li);
    });
    el.insertAdjacentElement("afterend", ul);
  }

  function drawTimeline(el) {
    fetchJSON(el.dataset.src).then(function (data) {
      if (!data.items.length) {
        message(el, "empty", "No dated events match these filters.");
        return;
      }
      var items = new vis.DataSet(data.items.map(function (it) {
        var content = document.createElement("span");
        content.textContent = it.label;
        var item = { id: it.id, start: it.start, type: it.type, group: it.group, content: content,
          title: escapeHTML(it.title), className: "q" + it.group };
        if (it.end) { item.end = it.end; }
        return item;
      }));
      var groups = new vis.DataSet(data.groups.map(function (g) {
        return { id: g.id, content: escapeHTML(g.label) };
      }));
      // Open on where most events are: the 3rd to the 97th percentile of
      // their starts, with room on both sides so that the labels of the
      // first and last events are not cut. Zooming out shows the rest.
      var starts = data.items.map(function (it) { return Date.parse(it.start); }).sort(function (a, b) { return a - b; });
      var lo = starts[Math.floor(starts.length * 0.03)], hi = starts[Math.min(starts.length - 1, Math.floor(starts.length * 0.97))];
      var pad = Math.max((hi - lo) * 0.22, 3 * 86400000);
      var tl = new vis.Timeline(el, items, groups, {
        start: new Date(lo - pad / 3), end: new Date(hi + pad), showCurrentTime: false,
        stack: true, orientation: "top", zoomKey: "ctrlKey", minHeight: 180, maxHeight: 460,
        margin: { item: { horizontal: 4, vertical: 3 } }, tooltip: { followMouse: true, overflowMethod: "cap" },
        // Events of one day stack up: beyond a few they are drawn as one
        // cluster, which splits as one zooms in.
        cluster: { maxItems: 4, titleTemplate: "{count} events: zoom in (Ctrl + wheel) or double-click", showStipes: true,
          fitOnDoubleClick: true }
      });
      tl.on("select", function (p) {
        // A cluster's id is not a number: it is opened by zooming, not here.
        if (p.items.length && /^[0-9]+$/.test(String(p.items[0]))) { window.location.href = "/events/" + p.items[0]; }
      });
      el.dataset.items = String(data.items.length);
      var more = data.total - data.offset - data.items.length - data.undated;
      if (more > 0 || data.undated) {
        var note = document.createElement("p");
        note.className = "muted";
        note.textContent = (more > 0 ? "Showing the first " + data.items.length + " dated events of " + data.total +
          " selected; narrow the filters to see the others. " : "") +
          (data.undated ? data.undated + " undated event" + (data.undated === 1 ? " is" : "s are") + " not placed." : "");
        el.insertAdjacentElement("afterend", note);
      }
      window.ententeUI.timeline = tl;
      el.dataset.ready = "1";
    }).catch(function (e) { message(el, "error", "Timeline: " + e.message); el.dataset.ready = "error"; });
  }

  var edgeStyles = [
    { selector: "edge", style: { "curve-style": "bezier", "width": "data(width)", "line-color": "data(color)",
      "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "arrow-scale": 0.8, "opacity": 0.85 } },
    { selector: "edge[!directed]", style: { "target-arrow-shape": "none" } },
    { selector: "edge[kind = 'defense_pact']", style: { "line-style": "solid", "width": 5, "opacity": 0.7 } },
    { selector: "edge[kind = 'sanctions']", style: { "line-style": "dashed", "target-arrow-shape": "tee" } },
    { selector: "edge[kind = 'arms_supply']", style: { "line-style": "dotted", "width": 4 } },
    { selector: "edge[kind = 'trade']", style: { "line-style": "dashed", "line-dash-pattern": [2, 6] } },
    { selector: "edge[kind = 'membership']", style: { "line-style": "dotted", "width": 2 } },
    { selector: "edge[status = 'alleged'], edge[status = 'claimed']", style: { "opacity": 0.6 } },
    { selector: ":selected", style: { "overlay-opacity": 0.15 } }
  ];

  var nodeStyles = [
    { selector: "node", style: { "label": "data(label)", "width": "data(size)", "height": "data(size)",
      "background-color": "#455a64", "color": "#1a1a1a", "font-size": 13, "text-valign": "bottom", "text-margin-y": 3,
      "text-outline-color": "#ffffff", "text-outline-width": 2 } },
    { selector: "node[type = 'organization']", style: { "shape": "round-rectangle", "background-color": "#1565c0" } },
    { selector: "node[type = 'region']", style: { "shape": "diamond", "background-color": "#8d6e63" } },
    { selector: "node[type = 'other']", style: { "shape": "ellipse", "background-color": "#9e9e9e" } }
  ];

  // circle places nodes evenly on a circle, so that the layout starts
  // from the same place every time and draws the same picture.
  function circle(i, n) {
    var a = 2 * Math.PI * i / Math.max(1, n);
    return { x: 300 * Math.cos(a), y: 300 * Math.sin(a) };
  }

  function edgeText(e) {
    if (e.kind === "events") {
      return e.source + " → " + e.target + ": " + e.events + " event" + (e.events === 1 ? "" : "s") +
        ", mean Goldstein " + e.goldstein.toFixed(1) + " (coop. " + (e.quads[0] + e.quads[1]) + ", conflict " +
        (e.quads[2] + e.quads[3]) + ")";
    }
    return e.kind.replace("_", " ") + ": " + e.source + (e.directed ? " → " : " – ") + e.target +
      (e.level ? " (" + e.level + ")" : "") + ", " + e.status + ", " + e.sources + " source" + (e.sources === 1 ? "" : "s");
  }

  function drawNetwork(el) {
    fetchJSON(el.dataset.src).then(function (g) {
      if (!g.nodes.length) {
        message(el, "empty", "No actors match these filters.");
        return;
      }
      var most = Math.max.apply(null, g.nodes.map(function (n) { return n.events; }).concat([1]));
      var elements = g.nodes.map(function (n, i) {
        var short = n.type === "state" || n.label.length > 12 ? n.id : n.label;
        return { group: "nodes", position: circle(i, g.nodes.length), data: { id: n.id, label: short, name: n.label,
          type: n.type, events: n.events, link: n.link, size: 18 + 34 * Math.sqrt(n.events / most) } };
      });
      g.edges.forEach(function (e) {
        elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, kind: e.kind,
          color: e.color, directed: e.directed, status: e.status || "", link: e.link, text: edgeText(e),
          width: e.kind === "events" ? 1.5 + Math.min(7, 1.5 * Math.sqrt(e.events)) : 3 } });
      });
      var info = infoLine(el);
      var cy = cytoscape({ container: el, elements: elements, style: nodeStyles.concat(edgeStyles),
        layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 250000; },
          idealEdgeLength: function () { return 70; }, nodeOverlap: 30, gravity: 2, componentSpacing: 30,
          nodeDimensionsIncludeLabels: true, numIter: 1500, padding: 16 },
        minZoom: 0.2, maxZoom: 4 });
      cy.on("tap", "node, edge", function (ev) {
        var link = ev.target.data("link");
        if (link) { window.location.href = link; }
      });
      cy.on("mouseover", "node", function (ev) {
        var d = ev.target.data();
        info.textContent = d.name + " (" + d.id + "), " + d.events + " event" + (d.events === 1 ? "" : "s");
      });
      cy.on("mouseover", "edge", function (ev) { info.textContent = ev.target.data("text"); });
      nodeList(el, g.nodes.map(function (n) { return { id: n.id, name: n.label, link: n.link }; }));
      if (g.truncated) {
        info.textContent = "Drawn from the first " + g.events + " events only: narrow the filters.";
      }
      window.ententeUI.network = cy;
      el.dataset.nodes = String(g.nodes.length);
      el.dataset.ready = "1";
    }).catch(function (e) { message(el, "error", "Network: " + e.message); el.dataset.ready = "error"; });
  }

  var statusColors = { obligated: "#1b7a2e", conditional: "#c25e00", consultation: "#1565c0", neutrality: "#757575" };

  function drawCascade(el) {
    fetchJSON(el.dataset.cascade).then(function (r) {
      var elements = [{ group: "nodes", data: { id: r.target, label: r.target, role: "target", link: "/actors/" + r.target } }];
      if (r.attacker) {
        elements.push({ group: "nodes", data: { id: r.attacker, label: r.attacker, role: "attacker", link: "/actors/" + r.attacker } });
      }
      var seen = {};
      seen[r.target] = true;
      if (r.attacker) { seen[r.attacker] = true; }
      var node = function (code, role) {
        if (!seen[code]) {
          seen[code] = true;
          elements.push({ group: "nodes", data: { id: code, label: code, role: role, link: "/actors/" + code } });
        }
      };
      r.obligors.forEach(function (o) { node(o.code, o.status); });
      r.obligors.forEach(function (o) {
        // An obligor drawn in by a defender owes that defender.
        var to = o.owed_to || r.target;
        node(to, "other");
        elements.push({ group: "edges", data: { id: "o:" + o.code + ":" + o.round, source: o.code, target: to,
          color: statusColors[o.status] || "#757575", round: o.round,
          text: o.code + " → " + to + " — " + o.status + " (round " + o.round + "): " + o.treaty + (o.article ? ", article " + o.article : "") + ". " + o.reason } });
      });
      var info = infoLine(el);
      var cy = cytoscape({ container: el, elements: elements, layout: { name: "breadthfirst", roots: [r.target],
          spacingFactor: 1.1, animate: false, padding: 20 },
        style: [
          { selector: "node", style: { "label": "data(label)", "background-color": "#455a64", "font-size": 10,
            "text-valign": "bottom", "text-margin-y": 3, "width": 22, "height": 22 } },
          { selector: "node[role = 'target']", style: { "background-color": "#b71c1c", "width": 34, "height": 34 } },
          { selector: "node[role = 'attacker']", style: { "background-color": "#000000" } },
          { selector: "edge", style: { "curve-style": "bezier", "line-color": "data(color)", "target-arrow-color": "data(color)",
            "target-arrow-shape": "triangle", "width": 3 } },
          { selector: "edge[round > 1]", style: { "line-style": "dashed" } }
        ] });
      cy.on("mouseover", "edge", function (ev) { info.textContent = ev.target.data("text"); });
      cy.on("mouseover", "node", function (ev) {
        var texts = ev.target.connectedEdges().map(function (e) { return e.data("text"); });
        info.textContent = texts.join(" · ") || ev.target.id();
      });
      cy.on("tap", "node", function (ev) { window.location.href = ev.target.data("link"); });
      nodeList(el, elements.filter(function (x) { return x.group === "nodes"; }).map(function (x) {
        return { id: x.data.id, name: x.data.id, link: x.data.link };
      }));
      window.ententeUI.cascade = cy;
      el.dataset.ready = "1";
    }).catch(function (e) { message(el, "error", "Cascade: " + e.message); el.dataset.ready = "error"; });
  }

  window.ententeUI = {};
  document.querySelectorAll("#timeline[data-src]").forEach(function (el) {
    if (window.vis) { drawTimeline(el); }
  });
  document.querySelectorAll("#network[data-src]").forEach(function (el) {
    if (window.cytoscape) { drawNetwork(el); }
  });
  document.querySelectorAll("[data-cascade]").forEach(function (el) {
    if (window.cytoscape) { drawCascade(el); }
  });
})();
