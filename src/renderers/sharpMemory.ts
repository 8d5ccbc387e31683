import sharp from 'sharp'

// Image work shares the server process with every visitor, so it keeps its memory small: libvips' cache of
// recent operations (up to 50 MB, useful only when the same image is processed again) is off, and one
// libvips thread works at a time, since each thread's allocations otherwise stay in a memory arena of its own.
sharp.cache(false)
sharp.concurrency(1)
