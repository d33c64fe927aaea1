// The topic tree (model.hierarchy) as an icicle: root on the left, each
// topic a row at the right, every row as tall (heights by papers left 6 of 14
// topics under 12 px, too thin for a label; the size is in each label). Vega (not Vega-Lite: it has
// no partition layout). Click any cell to open that topic or group; the same
// tree as a nested list of buttons is the keyboard and screen-reader route.
import { button, el, fmt } from './api.js';
import { draw } from './charts.js';

export function treeSpec(nodes, colorOf, height) {
  const leaves = new Set(nodes.filter((n) => n.children.length === 0).map((n) => n.id));
  const values = nodes.map((n) => ({
    id: n.id, parent: n.parent, label: `#${n.id} ${n.label}`, size: n.size,
    // partition sums leaf values up the tree; merged nodes add nothing of their own.
    value: leaves.has(n.id) ? 1 : 0,
    color: leaves.has(n.id) ? colorOf(n.id) : '#dfe6ee',
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    description: 'Topic tree',
    width: 520,
    height,
    padding: 4,
    autosize: { type: 'fit-x', contains: 'padding' },
    // A deep merge tree (12 levels at 29 topics) would leave every column too narrow for a label:
    // the merged levels share 40% of the width and each topic's cell runs to the right edge.
    signals: [{ name: 'squeeze', value: 0.4 }],
    data: [{
      name: 'tree',
      values,
      transform: [
        { type: 'stratify', key: 'id', parentKey: 'parent' },
        { type: 'partition', field: 'value', sort: { field: 'value', order: 'descending' }, size: [{ signal: 'height' }, { signal: 'width' }], as: ['a0', 'b0', 'a1', 'b1', 'depth', 'children'] },
      ],
    }],
    marks: [
      {
        type: 'rect', from: { data: 'tree' },
        // Names for screen readers (axe svg-img-alt): the container and every cell.
        description: 'Topic tree, one cell per topic or group of topics',
        encode: {
          enter: {
            stroke: { value: 'white' }, cursor: { value: 'pointer' },
            tooltip: { signal: "datum.label + ' (' + format(datum.size, ',d') + ' papers)'" },
            description: { signal: "datum.label + ', ' + format(datum.size, ',d') + ' papers'" },
          },
          update: { x: { signal: 'datum.b0 * squeeze' }, x2: { signal: 'datum.children ? datum.b1 * squeeze : width' }, y: { field: 'a0' }, y2: { field: 'a1' }, fill: { field: 'color' } },
        },
      },
      {
        type: 'text', from: { data: 'tree' }, interactive: false, aria: false,
        encode: {
          update: {
            x: { signal: 'datum.b0 * squeeze + 4' }, y: { signal: '(datum.a0 + datum.a1) / 2' }, baseline: { value: 'middle' },
            text: { signal: "datum.children ? '' : datum.label + ' (' + format(datum.size, ',d') + ')'" },
            limit: { signal: 'max(0, width - datum.b0 * squeeze - 8)' }, fontSize: { value: 11 }, fill: { value: '#1d1f23' },
          },
        },
      },
      {
        // A group's name runs up its (narrow, tall) column; the 13 groups had no label at all.
        type: 'text', from: { data: 'tree' }, interactive: false, aria: false,
        encode: {
          update: {
            x: { signal: '(datum.b0 + datum.b1) / 2 * squeeze' }, y: { signal: '(datum.a0 + datum.a1) / 2' },
            angle: { value: -90 }, align: { value: 'center' }, baseline: { value: 'middle' },
            text: { signal: "datum.children ? datum.label : ''" },
            limit: { signal: 'max(0, datum.a1 - datum.a0 - 6)' }, fontSize: { value: 10 }, fill: { value: '#1d1f23' },
          },
        },
      },
    ],
  };
}

/** Nested list of buttons: every node selectable from the keyboard. */
function treeList(nodes, onSelect) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const item = (n) => {
    const li = el('li');
    li.append(button(`#${n.id} ${n.label}`, () => onSelect(n.id)), el('span', ` ${fmt(n.size)}`, 'muted'));
    if (n.children.length) {
      const ul = el('ul');
      ul.append(...n.children.map((c) => byId.get(c)).filter(Boolean).map(item));
      li.append(ul);
    }
    return li;
  };
  const ul = el('ul', null, 'tree-list');
  ul.append(...nodes.filter((n) => n.parent === null).map(item));
  return ul;
}

export async function showTree(container, hierarchy, { colorOf, onSelect, isCurrent }) {
  const list = document.getElementById('tree-list');
  if (!hierarchy.nodes.length) {
    container.replaceChildren(el('p', 'This model has no topic tree.', 'muted'));
    container.dataset.state = 'empty';
    list.replaceChildren();
    return;
  }
  const leaves = hierarchy.nodes.filter((n) => n.children.length === 0).length;
  const spec = { ...treeSpec(hierarchy.nodes, colorOf, Math.max(200, Math.min(1800, leaves * 18))), width: Math.max(200, container.clientWidth - 12) };
  await draw(container, spec, {
    isCurrent, label: 'topic tree', onClick: (d) => typeof d.id === 'number' && onSelect(d.id),
  });
  list.replaceChildren(treeList(hierarchy.nodes, onSelect));
}
