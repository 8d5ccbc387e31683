// Materials for baby groups, family hubs and social media, made from a message's approved words.
// No framework here: plain words and image bytes in, PNG and PDF bytes out. The `campaign cards` and
// `campaign poster` commands (src/cli) read the message from the CMS and call these.
export { assertReadable, campaignCreator, contrastRatio, materialWords, type MaterialWords, minimumContrast, palette, relativeLuminance } from './brand'
export { campaignFont, drawableText, fontFile, fontLicence, fontPackage, missingCharacters, textWidth } from './fonts'
export { cropAroundFocalPoint, type FocalPoint, photoForArea } from './photo'
export { isPosterSize, type Poster, type PosterInput, type PosterSize, posterSizes, type PosterVenue, renderPoster } from './poster'
export { qrCodePng, qrTargetUrl, type QrTarget } from './qr'
export {
  cardAltText,
  cardFileName,
  type CardImage,
  type CardInput,
  cardLayout,
  type CardSize,
  cardSizes,
  displayAddress,
  renderShareCard,
  renderShareCards,
  type ShareCard,
} from './shareCards'
export { ellipsis, fitStack, type FittedStack, textIsInAltOrPost, wrapText } from './textLayout'
