import sharp from 'sharp'
import { type CollectionBeforeOperationHook, type CollectionSlug, ValidationError } from 'payload'

/** Bigger than any poster or photo we need (about 7000 x 7000), small enough that decoding cannot exhaust memory. */
const MAX_PIXELS = 50_000_000

/**
 * Payload already checks that a file is what it claims by its first bytes, and inspects PDFs and SVGs. Images
 * also get decoded here, once, small: a truncated image or a "decompression bomb" (a tiny file that unpacks to
 * billions of pixels) is refused with a reason before anything is stored.
 */
export function guardImageUpload<Slug extends CollectionSlug>(): CollectionBeforeOperationHook<Slug> {
  return async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file?.data || !/^image\/(png|jpeg|webp|gif)$/.test(file.mimetype)) return args
    const problem = await imageProblem(file.data)
    if (problem) throw refusal(collection.slug, `"${file.name}" ${problem}`)
    return args
  }
}

async function imageProblem(data: Buffer): Promise<string | undefined> {
  try {
    // Reading the header alone is safe at any size; only decoding is limited.
    const { width = 0, height = 0 } = await sharp(data, { limitInputPixels: false }).metadata()
    if (width * height > MAX_PIXELS) return `is ${width} x ${height} pixels; the most we accept is ${MAX_PIXELS / 1_000_000} million pixels.`
    await sharp(data, { failOn: 'truncated', limitInputPixels: MAX_PIXELS }).resize(32, 32, { fit: 'inside' }).toBuffer()
    return undefined
  } catch {
    return 'could not be read as an image: it may be damaged or cut short. Save it again and upload the new file.'
  }
}

function refusal(collection: string, message: string): ValidationError {
  const error = new ValidationError({ collection, errors: [{ path: 'file', message }] })
  // Payload's own text for this error names the field, not the reason; people need the reason.
  error.message = message
  return error
}
