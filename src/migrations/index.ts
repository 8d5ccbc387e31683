import * as migration_20261129_222138_initial from './20261129_222138_initial';

export const migrations = [
  {
    up: migration_20261129_222138_initial.up,
    down: migration_20261129_222138_initial.down,
    name: '20261129_222138_initial'
  },
];
