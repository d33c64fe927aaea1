/**
 * The house rules, checked by dependency-cruiser in `npm test` (docs/architecture.md draws them).
 *
 * Rooms are the folders under src/. Each floor below lists its rooms, top floor first. A room may
 * import only rooms on lower floors, and enters them through their index.ts. Rooms on one floor do
 * not import each other. src/index.ts, the package's public face, stands above every floor.
 */
const FLOORS = [
  { floor: 'shell: command line', rooms: ['cli'] },
  { floor: 'shell: dashboard server (cli serve starts it)', rooms: ['server'] },
  { floor: 'orchestration', rooms: ['pipeline'] },
  { floor: 'orchestration of scaled runs: parts, transform, aggregate', rooms: ['store'] },
  { floor: 'outputs: run tables and the HTML report', rooms: ['report', 'tables'] },
  { floor: 'estimator and analysis', rooms: ['estimator', 'analysis'] },
  { floor: 'the model: types, options, errors', rooms: ['model'] },
  { floor: 'stages: charts, fetch, clustering', rooms: ['charts', 'fetch', 'cluster'] },
  { floor: 'stages: reduction, topics, trends', rooms: ['reduce', 'topics', 'trends'] },
  { floor: 'stages: corpus, text, vectors', rooms: ['corpus', 'text', 'vectorize'] },
  { floor: 'util', rooms: ['util'] },
];

const alt = (rooms) => `(${rooms.join('|')})`;

/** For each floor: its rooms may not import a room on the same floor or any floor above. */
const noUpward = FLOORS.map(({ floor, rooms }, i) => {
  const notBelow = FLOORS.slice(0, i + 1).flatMap((f) => f.rooms);
  return {
    name: `floor-${i}-imports-down-only`,
    comment: `${floor}: import only rooms on lower floors`,
    severity: 'error',
    from: { path: `^src/${alt(rooms)}/` },
    to: { path: `^src/${alt(notBelow)}/`, pathNot: '^src/$1/' },
  };
});

module.exports = {
  forbidden: [
    ...noUpward,
    {
      name: 'enter-rooms-through-index',
      comment: 'another room is entered only through its index.ts',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'public-face-through-index',
      comment: 'src/index.ts re-exports rooms through their index.ts',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/[^/]+/', pathNot: '^src/[^/]+/index\\.ts$' },
    },
    {
      name: 'every-room-on-a-floor',
      comment: 'a new folder under src/ must be given a floor here',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: `^src/(?!${alt(FLOORS.flatMap((f) => f.rooms))}/|index\\.ts$)` },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles, between rooms or inside one',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
