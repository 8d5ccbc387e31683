import * as migration_20261129_220559_initial from './20261129_220559_initial';

export const migrations = [
  {
    up: migration_20261129_220559_initial.up,
    down: migration_20261129_220559_initial.down,
    name: '20261129_220559_initial'
  },
];
