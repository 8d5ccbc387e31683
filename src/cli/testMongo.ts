import { spawn } from 'node:child_process'

/**
 * Runs the integration suite on MongoDB. No MongoDB server can be installed on the project's own machines,
 * so this says plainly when it could not run instead of passing quietly.
 */
export async function testMongo(): Promise<number> {
  const uri = process.env.MONGODB_URI?.trim()
  if (!uri) {
    console.error(
      'MongoDB integration tests NOT RUN: MONGODB_URI is not set.\n' +
        'Set MONGODB_URI=mongodb://host:27017 (a server you can create test databases on) and run again.',
    )
    return 1
  }
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 })
  try {
    await client.db('admin').command({ ping: 1 })
  } catch (error) {
    console.error(`MongoDB integration tests NOT RUN: no MongoDB answered at MONGODB_URI (${(error as Error).message}).`)
    return 1
  } finally {
    await client.close()
  }
  console.log('Running the integration tests against MongoDB...')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'int'], {
      stdio: 'inherit',
      env: { ...process.env, TEST_DATABASE: 'mongodb' },
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}
