/* Paperscope report: draws the views from the JSON embedded in #report-data.
   Every string from the archive is hostile: it reaches the DOM only through textContent, chart
   labels are drawn on canvas, and every tooltip formatter escapes what it shows. */
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var MAX_COMPARE = 8;
  var charts = {};

  function rows(table) {
    var cols = table.cols || [];
    return (table.rows || []).map(function (r) {
      var o = {};
      for (var i = 0; i < cols.length; i++) { o[cols[i]] = r[i]; }
      return o;
    });
  }
  function esc(value) { return echarts.format.encodeHTML(value == null ? '' : String(value)); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text != null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function uniq(values) {
    var seen = {}, out = [];
    values.forEach(function (v) { if (!Object.prototype.hasOwnProperty.call(seen, v)) { seen[v] = 1; out.push(v); } });
    return out;
  }
  function fillSelect(select, values, labels) {
    while (select.firstChild) { select.removeChild(select.firstChild); }
    values.forEach(function (v, i) {
      var option = el('option', labels ? labels[i] : v);
      option.value = String(v);
      select.appendChild(option);
    });
  }
  function chart(id) {
    if (!charts[id]) { charts[id] = echarts.init(document.getElementById(id), null, {renderer: 'canvas'}); }
    return charts[id];
  }
  function fixed(x, digits) { return x == null ? '' : Number(x).toFixed(digits); }

  /* CSV for spreadsheets: a text cell starting with = + - @ (or tab / CR) is prefixed with ' so
     that Excel or LibreOffice never evaluates it as a formula (the rule of CsvCells.java). */
  function csvCell(value) {
    if (value == null) { return ''; }
    if (typeof value === 'number' || typeof value === 'boolean') { return String(value); }
    var s = typeof value === 'string' ? value : JSON.stringify(value);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function download(name, table) {
    var lines = [table.cols.map(csvCell).join(',')];
    table.rows.forEach(function (r) { lines.push(r.map(csvCell).join(',')); });
    var blob = new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], {type: 'text/csv;charset=utf-8'});
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }
  function onClick(id, handler) { document.getElementById(id).addEventListener('click', handler); }

  /* ---------- trends ---------- */
  var trends = rows(DATA.trends);
  var publications = uniq(trends.map(function (r) { return r.publication; }).concat(
      rows(DATA.issuesPerMonth).map(function (r) { return r.publication; }))).sort();
  var frontPage = rows(DATA.frontPage || {cols: [], rows: []});
  var contexts = rows(DATA.contexts);
  var headlines = {};
  rows(DATA.headlines).forEach(function (r) { headlines[r.article_id] = r.headline; });
  var selected = [];

  function topicsOf(publication) {
    var byTopic = {};
    trends.forEach(function (r) {
      if (r.publication === publication) { byTopic[r.topic] = (byTopic[r.topic] || 0) + r.articles_with; }
    });
    return Object.keys(byTopic).sort(function (a, b) { return byTopic[b] - byTopic[a] || (a < b ? -1 : 1); });
  }

  function buildTopicBoxes() {
    var publication = document.getElementById('trend-publication').value;
    var box = document.getElementById('trend-topics');
    Array.prototype.slice.call(box.querySelectorAll('label')).forEach(function (l) { box.removeChild(l); });
    var topics = topicsOf(publication);
    selected = selected.filter(function (t) { return topics.indexOf(t) >= 0; });
    if (selected.length === 0) { selected = topics.slice(0, 1); }
    topics.forEach(function (topic) {
      var label = el('label');
      var input = document.createElement('input');
      input.type = 'checkbox';
      input.value = topic;
      input.checked = selected.indexOf(topic) >= 0;
      input.addEventListener('change', function () {
        if (input.checked) {
          if (selected.length >= MAX_COMPARE) { input.checked = false; return; }
          selected.push(topic);
        } else {
          selected = selected.filter(function (t) { return t !== topic; });
        }
        drawTrends();
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + topic));
      box.appendChild(label);
    });
  }

  function seriesOf(publication, topic, window) {
    var points = trends.filter(function (r) { return r.publication === publication && r.topic === topic; });
    return points.map(function (r, i) {
      var x = 0, n = 0;
      for (var j = Math.max(0, i - window + 1); j <= i; j++) { x += points[j].articles_with; n += points[j].total_articles; }
      return {row: r, x: x, n: n, share: n > 0 ? x / n : null};
    });
  }

  function drawTrends() {
    var publication = document.getElementById('trend-publication').value;
    var raw = document.getElementById('trend-measure').value === 'raw';
    var window = Number(document.getElementById('trend-smoothing').value);
    var months = uniq(trends.filter(function (r) { return r.publication === publication; })
        .map(function (r) { return r.month; })).sort();
    var totals = {};
    trends.forEach(function (r) { if (r.publication === publication) { totals[r.month] = r.total_articles; } });
    var series = [{
      id: 'total', name: 'all articles', type: 'bar', yAxisIndex: 1, silent: true, barCategoryGap: '10%',
      itemStyle: {color: 'rgba(160,160,160,0.25)'}, data: months.map(function (m) { return totals[m] || 0; })
    }];
    var legend = selected.slice();
    var palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
    selected.forEach(function (topic, k) {
      var color = palette[k % palette.length];
      var points = seriesOf(publication, topic, window);
      var byMonth = {};
      points.forEach(function (p) { byMonth[p.row.month] = p; });
      var bursts = [], start = null;
      months.forEach(function (m, i) {
        var p = byMonth[m];
        var on = p && p.row.burst;
        if (on && start === null) { start = m; }
        if ((!on || i === months.length - 1) && start !== null) {
          bursts.push([{xAxis: start}, {xAxis: on ? m : months[i - 1]}]);
          start = null;
        }
      });
      series.push({
        id: 'topic-' + k, name: topic, type: 'line', yAxisIndex: 0, showAllSymbol: true, symbolSize: 7,
        itemStyle: {color: color}, lineStyle: {color: color},
        markArea: {silent: true, itemStyle: {color: color, opacity: 0.08}, data: bursts},
        data: months.map(function (m) {
          var p = byMonth[m];
          if (!p) { return null; }
          var value = raw ? (window > 1 ? p.x : p.row.articles_with) : p.share;
          return {value: value, topic: topic, month: m, thin: p.row.thin_period,
            symbol: p.row.thin_period ? 'emptyCircle' : 'circle', x: p.x, n: p.n, row: p.row};
        })
      });
      var front = {};
      frontPage.forEach(function (r) {
        if (r.publication === publication && r.topic === topic) { front[r.month] = r; }
      });
      if (Object.keys(front).length > 0) {
        // Papers with pages: the same topic on the front page alone, dashed.
        series.push({
          id: 'front-' + k, name: topic + ' (front page)', type: 'line', yAxisIndex: 0, symbol: 'triangle',
          symbolSize: 6, itemStyle: {color: color}, lineStyle: {color: color, type: 'dashed'},
          data: months.map(function (m) {
            var r = front[m];
            if (!r) { return null; }
            return {value: raw ? r.articles_with : (r.total_articles > 0 ? r.articles_with / r.total_articles : null),
              topic: topic, month: m, front: true, x: r.articles_with, n: r.total_articles};
          })
        });
        legend.push(topic + ' (front page)');
      }
      if (!raw && window === 1) {
        series.push({
          id: 'low-' + k, name: topic, type: 'line', stack: 'band-' + k, silent: true, symbol: 'none',
          lineStyle: {opacity: 0}, data: months.map(function (m) { var p = byMonth[m]; return p ? p.row.article_share_ci_low : null; })
        });
        series.push({
          id: 'band-' + k, name: topic, type: 'line', stack: 'band-' + k, silent: true, symbol: 'none',
          lineStyle: {opacity: 0}, areaStyle: {color: color, opacity: 0.15},
          data: months.map(function (m) {
            var p = byMonth[m];
            return p && p.row.article_share_ci_high != null ? p.row.article_share_ci_high - p.row.article_share_ci_low : null;
          })
        });
      }
    });
    chart('chart-trends').setOption({
      animation: false,
      legend: {type: 'scroll', top: 0, data: legend},
      grid: {left: 60, right: 60, top: 40, bottom: 60},
      tooltip: {trigger: 'item', formatter: function (p) {
        var d = p.data || {};
        if (d.front) {
          return esc(d.topic) + ' · front page<br>' + esc(d.month) +
            '<br>share ' + esc(fixed(d.n ? d.x / d.n : null, 4)) + ' (' + esc(d.x) + ' / ' + esc(d.n) + ' front-page articles)';
        }
        if (!d.row) { return ''; }
        return esc(d.topic) + '<br>' + esc(d.month) + (d.thin ? ' (thin month)' : '') + (d.row.burst ? ' · burst' : '') +
          '<br>share ' + esc(fixed(d.n ? d.x / d.n : null, 4)) + ' (' + esc(d.x) + ' / ' + esc(d.n) + ' articles)' +
          '<br>Wilson 95%: ' + esc(fixed(d.row.article_share_ci_low, 4)) + ' – ' + esc(fixed(d.row.article_share_ci_high, 4)) +
          '<br>mentions ' + esc(d.row.mentions);
      }},
      dataZoom: [{type: 'slider', bottom: 10}],
      xAxis: {type: 'category', data: months},
      yAxis: [{type: 'value', name: raw ? 'articles with the topic' : 'article share'},
              {type: 'value', name: 'all articles', splitLine: {show: false}}],
      series: series
    }, {notMerge: true});
  }

  function showContexts(topic, month) {
    var publication = document.getElementById('trend-publication').value;
    var lines = contexts.filter(function (c) { return c.topic === topic && c.publication === publication && c.month === month; });
    document.getElementById('kwic-title').textContent = 'Keyword in context: ' + topic + ', ' + month + ' (' + publication + ')';
    document.getElementById('kwic-note').textContent = lines.length + ' lines (at most ' + DATA.filters.contextsPerPeriod +
        ' per topic and month in this report; all sampled lines are in term_contexts).';
    var body = document.querySelector('#kwic-table tbody');
    while (body.firstChild) { body.removeChild(body.firstChild); }
    lines.forEach(function (c) {
      var tr = el('tr');
      tr.appendChild(el('td', c.issue_date));
      tr.appendChild(el('td', c.article_id));
      tr.appendChild(el('td', headlines[c.article_id]));
      tr.appendChild(el('td', c.section));
      tr.appendChild(el('td', c.left, 'left'));
      tr.appendChild(el('td', c.hit, 'hit'));
      tr.appendChild(el('td', c.right));
      body.appendChild(tr);
    });
  }

  fillSelect(document.getElementById('trend-publication'), publications);
  buildTopicBoxes();
  drawTrends();
  document.getElementById('trend-publication').addEventListener('change', function () { buildTopicBoxes(); drawTrends(); });
  document.getElementById('trend-measure').addEventListener('change', drawTrends);
  document.getElementById('trend-smoothing').addEventListener('change', drawTrends);
  chart('chart-trends').on('click', function (p) {
    if (p.data && p.data.topic != null && !p.data.front) { showContexts(p.data.topic, p.data.month); }
  });
  onClick('trend-csv', function () { download('term_trends_month.csv', DATA.trends); });

  /* ---------- first seen ---------- */
  var firstSeen = rows(DATA.firstSeen).filter(function (r) { return r.term === '*'; });
  var fsTopics = uniq(firstSeen.map(function (r) { return r.topic; }));
  chart('chart-first-seen').setOption({
    animation: false,
    grid: {left: 140, right: 30, top: 30, bottom: 40},
    legend: {top: 0, data: publications.slice()},
    tooltip: {trigger: 'item', formatter: function (p) {
      var r = p.data.row;
      return esc(r.topic) + ' · ' + esc(r.publication) + '<br>' + esc(r.first_date) + ' ' + esc(r.first_article_id) + '<br>' + esc(r.headline);
    }},
    xAxis: {type: 'time'},
    yAxis: {type: 'category', data: fsTopics},
    series: publications.map(function (publication) {
      return {name: publication, type: 'scatter', symbolSize: 10,
        data: firstSeen.filter(function (r) { return r.publication === publication; })
          .map(function (r) { return {value: [r.first_date, r.topic], row: r}; })};
    })
  });
  onClick('first-seen-csv', function () { download('term_first_seen.csv', DATA.firstSeen); });

  /* ---------- emerging ---------- */
  var emerging = rows(DATA.emerging);
  var emPublications = uniq(emerging.map(function (r) { return r.publication; })).sort();
  function emergingMonths() {
    var publication = document.getElementById('emerging-publication').value;
    var months = uniq(emerging.filter(function (r) { return r.publication === publication; }).map(function (r) { return r.month; })).sort();
    fillSelect(document.getElementById('emerging-month'), months);
    document.getElementById('emerging-month').value = months.length ? months[months.length - 1] : '';
  }
  function drawEmerging() {
    var publication = document.getElementById('emerging-publication').value;
    var month = document.getElementById('emerging-month').value;
    var top = emerging.filter(function (r) { return r.publication === publication && r.month === month; }).reverse();
    chart('chart-emerging').setOption({
      animation: false,
      grid: {left: 140, right: 40, top: 20, bottom: 30},
      tooltip: {trigger: 'item', formatter: function (p) {
        var r = p.data.row;
        return esc(r.term) + (r.tracked ? ' (tracked)' : '') + '<br>G² ' + esc(fixed(r.score, 1)) + '<br>' +
          esc(r.articles_with) + ' / ' + esc(r.total_articles) + ' articles this month; ' +
          esc(r.baseline_articles_with) + ' / ' + esc(r.baseline_total_articles) + ' in the baseline';
      }},
      xAxis: {type: 'value', name: 'G²'},
      yAxis: {type: 'category', data: top.map(function (r) { return (r.tracked ? '★ ' : '') + r.term; })},
      series: [{type: 'bar', name: 'G²', data: top.map(function (r) { return {value: r.score, row: r}; })}]
    }, {notMerge: true});
  }
  fillSelect(document.getElementById('emerging-publication'), emPublications);
  emergingMonths();
  drawEmerging();
  document.getElementById('emerging-publication').addEventListener('change', function () { emergingMonths(); drawEmerging(); });
  document.getElementById('emerging-month').addEventListener('change', drawEmerging);
  onClick('emerging-csv', function () { download('emerging_terms.csv', DATA.emerging); });

  /* ---------- ministries ---------- */
  var pairs = rows(DATA.cooccurrence);
  var HEATMAP_BODIES = 25, NETWORK_MIN_TOGETHER = 2;
  function coocPairs() {
    var publication = document.getElementById('cooc-publication').value;
    var year = Number(document.getElementById('cooc-year').value);
    return pairs.filter(function (r) { return r.publication === publication && r.year === year; });
  }
  function bodiesOf(list) {
    var counts = {}, names = {};
    list.forEach(function (r) {
      counts[r.ministry_a] = r.count_a; counts[r.ministry_b] = r.count_b;
      names[r.ministry_a] = r.ministry_a_name; names[r.ministry_b] = r.ministry_b_name;
    });
    var ids = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
    return {ids: ids, counts: counts, names: names};
  }
  function coocYears() {
    var publication = document.getElementById('cooc-publication').value;
    var years = uniq(pairs.filter(function (r) { return r.publication === publication; }).map(function (r) { return r.year; })).sort();
    fillSelect(document.getElementById('cooc-year'), years);
    document.getElementById('cooc-year').value = years.length ? String(years[years.length - 1]) : '';
  }
  function coocEgo() {
    var bodies = bodiesOf(coocPairs());
    fillSelect(document.getElementById('cooc-ego'), [''].concat(bodies.ids),
        ['(all bodies)'].concat(bodies.ids.map(function (id) { return bodies.names[id]; })));
  }
  function drawMinistries() {
    var measure = document.getElementById('cooc-measure').value;
    var ego = document.getElementById('cooc-ego').value;
    var list = coocPairs();
    var bodies = bodiesOf(list);
    var top = bodies.ids.slice(0, HEATMAP_BODIES);
    var index = {};
    top.forEach(function (id, i) { index[id] = i; });
    var cells = [], min = Infinity, max = -Infinity;
    list.forEach(function (r) {
      if (index[r.ministry_a] == null || index[r.ministry_b] == null || r[measure] == null) { return; }
      min = Math.min(min, r[measure]); max = Math.max(max, r[measure]);
      cells.push({value: [index[r.ministry_a], index[r.ministry_b], r[measure]], row: r});
      cells.push({value: [index[r.ministry_b], index[r.ministry_a], r[measure]], row: r});
    });
    if (!isFinite(min)) { min = 0; max = 1; }
    var names = top.map(function (id) { return bodies.names[id]; });
    function pairTip(p) {
      var r = p.data.row;
      if (!r) { return esc(p.name); }
      return esc(r.ministry_a_name) + ' – ' + esc(r.ministry_b_name) + '<br>together ' + esc(r.together) +
        ' of ' + esc(r.total) + ' articles (' + esc(r.count_a) + ' / ' + esc(r.count_b) + ')<br>npmi ' + esc(fixed(r.npmi, 3)) +
        ' · pmi ' + esc(fixed(r.pmi, 3)) + ' · lift ' + esc(fixed(r.lift, 2)) + ' · jaccard ' + esc(fixed(r.jaccard, 3)) +
        '<br>G² ' + esc(fixed(r.g2, 1)) + (r.g2_sign < 0 ? ' (avoid each other)' : '');
    }
    chart('chart-heatmap').setOption({
      animation: false,
      tooltip: {trigger: 'item', formatter: pairTip},
      grid: {left: 200, right: 80, top: 20, bottom: 160},
      xAxis: {type: 'category', data: names, axisLabel: {rotate: 60, interval: 0}},
      yAxis: {type: 'category', data: names, axisLabel: {interval: 0}},
      visualMap: {min: min, max: max, calculable: true, orient: 'vertical', right: 0, top: 'middle'},
      series: [{type: 'heatmap', name: measure, data: cells}]
    }, {notMerge: true});
    var edges = list.filter(function (r) {
      return r.together >= NETWORK_MIN_TOGETHER && r[measure] != null && (!ego || r.ministry_a === ego || r.ministry_b === ego);
    });
    var nodeIds = uniq(edges.map(function (r) { return r.ministry_a; }).concat(edges.map(function (r) { return r.ministry_b; })));
    if (ego && nodeIds.indexOf(ego) < 0) { nodeIds.push(ego); }
    var maxCount = Math.max.apply(null, nodeIds.map(function (id) { return bodies.counts[id] || 1; }).concat([1]));
    chart('chart-network').setOption({
      animation: false,
      tooltip: {trigger: 'item', formatter: function (p) {
        if (p.dataType === 'edge') { return pairTip(p); }
        return esc(p.data.name) + '<br>' + esc(p.data.count) + ' articles';
      }},
      series: [{
        type: 'graph', layout: 'force', roam: true, name: measure,
        force: {repulsion: 180, edgeLength: [40, 160]},
        label: {show: true, position: 'right', fontSize: 11},
        data: nodeIds.map(function (id) {
          return {id: id, name: bodies.names[id], count: bodies.counts[id],
            symbolSize: 8 + 24 * Math.sqrt((bodies.counts[id] || 1) / maxCount),
            itemStyle: id === ego ? {color: '#d62728'} : undefined};
        }),
        edges: edges.map(function (r) {
          return {source: r.ministry_a, target: r.ministry_b, value: r[measure], row: r,
            lineStyle: {width: 0.5 + 4 * Math.max(0, (r[measure] - min) / ((max - min) || 1)), opacity: 0.6}};
        })
      }]
    }, {notMerge: true});
  }
  fillSelect(document.getElementById('cooc-publication'), uniq(pairs.map(function (r) { return r.publication; })).sort());
  coocYears();
  coocEgo();
  drawMinistries();
  document.getElementById('cooc-publication').addEventListener('change', function () { coocYears(); coocEgo(); drawMinistries(); });
  document.getElementById('cooc-year').addEventListener('change', function () { coocEgo(); drawMinistries(); });
  document.getElementById('cooc-measure').addEventListener('change', drawMinistries);
  document.getElementById('cooc-ego').addEventListener('change', drawMinistries);
  onClick('cooc-csv', function () { download('ministry_cooccurrence_year.csv', DATA.cooccurrence); });

  /* ---------- data quality ---------- */
  var issues = rows(DATA.issuesPerMonth);
  var qMonths = uniq(issues.map(function (r) { return r.month; })).sort();
  function perMonth(list, publication, field) {
    var byMonth = {};
    list.forEach(function (r) { if (r.publication === publication) { byMonth[r.month] = r[field]; } });
    return qMonths.map(function (m) { return byMonth[m] || 0; });
  }
  function countTip(p) { return esc(p.seriesName) + '<br>' + esc(p.name) + ': ' + esc(p.value); }
  chart('chart-issues').setOption({
    animation: false, title: {text: 'Issues per month', textStyle: {fontSize: 13}},
    legend: {top: 0, right: 0}, tooltip: {trigger: 'item', formatter: countTip},
    grid: {left: 50, right: 20, top: 40, bottom: 30},
    xAxis: {type: 'category', data: qMonths}, yAxis: {type: 'value'},
    series: publications.map(function (publication) {
      return {name: publication, type: 'bar', data: perMonth(issues, publication, 'issues')};
    })
  });
  var repairs = rows(DATA.repairsPerMonth);
  chart('chart-repairs').setOption({
    animation: false, title: {text: 'Repairs per month (all publications)', textStyle: {fontSize: 13}},
    legend: {top: 0, right: 0}, tooltip: {trigger: 'item', formatter: countTip},
    grid: {left: 50, right: 20, top: 40, bottom: 30},
    xAxis: {type: 'category', data: qMonths}, yAxis: {type: 'value'},
    series: ['breaks_repaired', 'duplicates_removed', 'boilerplate_removed'].map(function (field) {
      return {name: field, type: 'bar', stack: 'repairs', data: qMonths.map(function (m) {
        return repairs.filter(function (r) { return r.month === m; }).reduce(function (s, r) { return s + r[field]; }, 0);
      })};
    })
  });
  var rejects = rows(DATA.rejectsByReason);
  chart('chart-rejects').setOption({
    animation: false, title: {text: rejects.length ? 'Rejected files by reason' : 'Rejected files by reason: none', textStyle: {fontSize: 13}},
    tooltip: {trigger: 'item', formatter: function (p) {
      var r = p.data.row;
      return r ? esc(r.reason) + ': ' + esc(r.files) + ' files<br>' + esc(r.example) : 'no rejected file';
    }},
    grid: {left: 140, right: 30, top: 30, bottom: 30},
    xAxis: {type: 'value', minInterval: 1}, yAxis: {type: 'category', data: rejects.length ? rejects.map(function (r) { return r.reason; }) : ['(none)']},
    series: [{type: 'bar', name: 'files', data: rejects.length ? rejects.map(function (r) { return {value: r.files, row: r}; }) : [{value: 0}]}]
  });
  var conflicts = rows(DATA.conflictsPerMonth);
  var cMonths = uniq(conflicts.map(function (r) { return r.month; })).sort();
  chart('chart-conflicts').setOption({
    animation: false, title: {text: 'Boundary conflicts per month', textStyle: {fontSize: 13}},
    legend: {top: 0, right: 0}, tooltip: {trigger: 'item', formatter: countTip},
    grid: {left: 50, right: 20, top: 40, bottom: 30},
    xAxis: {type: 'category', data: cMonths.length ? cMonths : ['(none)']}, yAxis: {type: 'value', minInterval: 1},
    series: ['refused', 'rescued'].map(function (outcome) {
      return {name: outcome, type: 'bar', stack: 'c', data: (cMonths.length ? cMonths : ['(none)']).map(function (m) {
        var hit = conflicts.filter(function (r) { return r.month === m && r.outcome === outcome; })[0];
        return hit ? hit.candidates : 0;
      })};
    })
  });
  var conflictBody = document.querySelector('#conflict-table tbody');
  rows(DATA.conflictTerms).forEach(function (r) {
    var tr = el('tr');
    [r.topic, r.term, r.outcome, r.candidates, r.segmentation, r.example].forEach(function (v) { tr.appendChild(el('td', v)); });
    conflictBody.appendChild(tr);
  });
  onClick('quality-csv', function () { download('issues_per_month.csv', DATA.issuesPerMonth); });

  /* ---------- provenance ---------- */
  function pairsText(value) {
    if (value == null || typeof value !== 'object') { return value == null ? '' : String(value); }
    return Object.keys(value).sort().map(function (k) { return k + '=' + JSON.stringify(value[k]); }).join(', ');
  }
  var runBody = document.querySelector('#runs-table tbody');
  rows(DATA.runs).forEach(function (r) {
    var tr = el('tr');
    [r.run_id, r.status, r.command, r.started_at, r.elapsed_seconds, r.from, r.to, r.git_commit,
     r.config_sha256, pairsText(r.input_hashes), pairsText(r.counters)].forEach(function (v) { tr.appendChild(el('td', v)); });
    runBody.appendChild(tr);
  });

  var bytes = document.getElementById('report-data').textContent.length;
  document.getElementById('summary').textContent = publications.length + ' publication(s): ' + publications.join(', ') +
      ' · ' + uniq(trends.map(function (r) { return r.topic; })).length + ' topics · ' + qMonths.length + ' months · ' +
      rows(DATA.runs).length + ' run(s) · ' + bytes + ' characters of embedded data';
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
  document.body.setAttribute('data-report-ready', 'true');
}());
