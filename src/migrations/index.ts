import * as migration_20261130_005657_initial from './20261130_005657_initial';
import * as migration_20261206_063528_trust_site_changes_leases from './20261206_063528_trust_site_changes_leases';
import * as migration_20261206_074017_insight_counts from './20261206_074017_insight_counts';

export const migrations = [
  {
    up: migration_20261130_005657_initial.up,
    down: migration_20261130_005657_initial.down,
    name: '20261130_005657_initial',
  },
  {
    up: migration_20261206_063528_trust_site_changes_leases.up,
    down: migration_20261206_063528_trust_site_changes_leases.down,
    name: '20261206_063528_trust_site_changes_leases',
  },
  {
    up: migration_20261206_074017_insight_counts.up,
    down: migration_20261206_074017_insight_counts.down,
    name: '20261206_074017_insight_counts'
  },
];
