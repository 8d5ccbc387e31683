import fs from 'node:fs/promises'
import path from 'node:path'

type Logger = { info(object: object, message: string): void; warn(object: object, message: string): void }

/**
 * Before partner materials had a folder of their own they lived in <media>/materials, inside the public
 * media folder (whose files anyone may fetch). On start, any still there are moved to the materials folder,
 * and the old folder goes. A name already taken in the new folder is left where it is, with a warning:
 * neither file is lost, and the media collection serves neither (it only serves files of its own records).
 */
export async function moveMaterialsOutOfMedia({ mediaDir, materialsDir }: { mediaDir: string; materialsDir: string }, logger: Logger): Promise<number> {
  const old = path.join(mediaDir, 'materials')
  let names: string[]
  try {
    names = await fs.readdir(old)
  } catch {
    return 0
  }
  await fs.mkdir(materialsDir, { recursive: true })
  let moved = 0
  for (const name of names) {
    const target = path.join(materialsDir, name)
    if (await exists(target)) {
      logger.warn({ file: name, left: old }, 'a material in the old folder has the same name as one in the materials folder; left where it is')
      continue
    }
    await move(path.join(old, name), target)
    moved++
  }
  await fs.rmdir(old).catch(() => undefined)
  if (moved > 0) logger.info({ moved, from: old, to: materialsDir }, 'partner materials moved out of the public media folder')
  return moved
}

const exists = (file: string) => fs.stat(file).then(() => true, () => false)

/** A rename, or a copy and delete when the two folders are on different disks. */
async function move(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await fs.cp(from, to, { recursive: true, errorOnExist: true, force: false })
    await fs.rm(from, { recursive: true })
  }
}
