// Waiting for a freshly seeded server to finish its background work before measuring it.

/**
 * After the first start the server makes every approved message's cards and posters in the background, and
 * each one refreshes the site. Wait until that is done, so the figures are of the site at rest.
 */
export async function generatedMaterialsSettled(url: string): Promise<void> {
  const count = async () => ((await (await fetch(`${url}/api/materials?limit=1&depth=0`)).json()) as { totalDocs: number }).totalDocs
  let last = -1
  let steady = 0
  for (let waited = 0; waited < 240 && steady < 3; waited += 5) {
    const now = await count()
    steady = now === last ? steady + 1 : 0
    last = now
    await new Promise((resolve) => setTimeout(resolve, 5000))
  }
}
