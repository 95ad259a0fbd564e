import { setFlagsFromString } from 'node:v8';

/**
 * V8 allocates an object literal's objects straight into the old generation
 * once most of those it counted at a young-generation collection were still
 * alive; which literals it picks depends on where those collections happen to
 * fall. A ledger export caught mid-batch left the literals that build query
 * rows and revisions pretenured in about one process in three, and from then
 * on every export of 40,000 rows left some 15 MB of dead rows in the old
 * generation until the next full collection; without pretenuring they die
 * young in every process (test/bench, the export's memory). Imported first by
 * each entry point, before any code is optimised.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
