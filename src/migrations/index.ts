import * as migration_20261129_184506_initial from './20261129_184506_initial';

export const migrations = [
  {
    up: migration_20261129_184506_initial.up,
    down: migration_20261129_184506_initial.down,
    name: '20261129_184506_initial'
  },
];
