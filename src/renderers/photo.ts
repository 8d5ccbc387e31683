// Cropping a photo to a card's picture area around what matters in it: the focal point an editor set on the
// upload (Payload stores it as x and y percentages of the image, 50/50 being the centre).
import sharp from 'sharp'

export type FocalPoint = { x: number; y: number }

export type Crop = { resizeWidth: number; resizeHeight: number; left: number; top: number }

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high)

/**
 * Where to cut: scale the image so it covers the area, then slide a window of the area's size so the focal
 * point is as near its centre as the image's edges allow.
 */
export function cropAroundFocalPoint(
  image: { width: number; height: number },
  area: { width: number; height: number },
  focalPoint: FocalPoint = { x: 50, y: 50 },
): Crop {
  const scale = Math.max(area.width / image.width, area.height / image.height)
  const resizeWidth = Math.max(area.width, Math.round(image.width * scale))
  const resizeHeight = Math.max(area.height, Math.round(image.height * scale))
  const focusX = (clamp(focalPoint.x, 0, 100) / 100) * resizeWidth
  const focusY = (clamp(focalPoint.y, 0, 100) / 100) * resizeHeight
  return {
    resizeWidth,
    resizeHeight,
    left: Math.round(clamp(focusX - area.width / 2, 0, resizeWidth - area.width)),
    top: Math.round(clamp(focusY - area.height / 2, 0, resizeHeight - area.height)),
  }
}

/** The photo cut to exactly `area`, upright (phone photos carry their rotation in EXIF), as a PNG. */
export async function photoForArea(
  data: Buffer,
  area: { width: number; height: number },
  focalPoint?: FocalPoint | null,
): Promise<Buffer> {
  // Sized from the header alone, so libvips can shrink a JPEG while decoding it (much faster than decoding
  // every pixel first). EXIF orientations 5 to 8 turn the picture on its side.
  const { width = 0, height = 0, orientation = 1 } = await sharp(data).metadata()
  const sideways = orientation >= 5
  const upright = sideways ? { width: height, height: width } : { width, height }
  const crop = cropAroundFocalPoint(upright, area, focalPoint ?? undefined)
  return sharp(data)
    .rotate()
    .resize(crop.resizeWidth, crop.resizeHeight, { fit: 'fill' })
    .extract({ left: crop.left, top: crop.top, width: area.width, height: area.height })
    .flatten({ background: '#ffffff' })
    .png()
    .toBuffer()
}
