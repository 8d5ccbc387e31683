import * as migration_20261129_192952_initial from './20261129_192952_initial';

export const migrations = [
  {
    up: migration_20261129_192952_initial.up,
    down: migration_20261129_192952_initial.down,
    name: '20261129_192952_initial'
  },
];
