import * as migration_20261129_215611_initial from './20261129_215611_initial';

export const migrations = [
  {
    up: migration_20261129_215611_initial.up,
    down: migration_20261129_215611_initial.down,
    name: '20261129_215611_initial'
  },
];
