import * as migration_20261129_190922_initial from './20261129_190922_initial';

export const migrations = [
  {
    up: migration_20261129_190922_initial.up,
    down: migration_20261129_190922_initial.down,
    name: '20261129_190922_initial'
  },
];
