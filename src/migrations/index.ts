import * as migration_20261129_221019_initial from './20261129_221019_initial';

export const migrations = [
  {
    up: migration_20261129_221019_initial.up,
    down: migration_20261129_221019_initial.down,
    name: '20261129_221019_initial'
  },
];
