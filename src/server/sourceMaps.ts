// Imported first by server.ts. tsx turns Node's source maps on for the whole process, and Node then keeps the
// map of every module it loads: for the production Next bundle that is over a hundred megabytes of mappings
// and original sources, held for the life of the server. Stack traces then point into the built chunks, as
// in any production Node server; NODE_OPTIONS=--enable-source-maps keeps the maps when someone debugging
// wants them.
const asked = process.execArgv.includes('--enable-source-maps') || (process.env.NODE_OPTIONS ?? '').includes('--enable-source-maps')
if (!asked) process.setSourceMapsEnabled(false)
