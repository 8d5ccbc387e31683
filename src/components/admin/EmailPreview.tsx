'use client'
import { useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import React, { useId } from 'react'

import { PreviewPanel } from './email/PreviewPanel'

/**
 * On an email campaign: the email as readers will get it, from the campaign's saved content. The preview
 * endpoint reads the saved campaign, so a new campaign is saved first, and unsaved edits show after a save.
 */
export function EmailPreview() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const template = useFormFields(([fields]) => fields.template?.value) as string | undefined
  const modified = useFormModified()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} style={{ margin: '1.5rem 0 2rem' }}>
      <h3 id={headingId} style={{ marginBottom: '0.5rem' }}>
        Preview
      </h3>
      {id === undefined || id === null ? (
        <p>Save to preview. The preview shows this campaign&apos;s saved content, as readers will get it.</p>
      ) : !template ? (
        <p>Choose a template to preview.</p>
      ) : (
        <>
          {modified && <p style={{ fontStyle: 'italic' }}>This shows the campaign as last saved. Save to see your changes.</p>}
          {/* Saving changes lastUpdateTime, which reloads the preview. */}
          <PreviewPanel template={template} campaignId={id} refreshKey={lastUpdateTime} />
        </>
      )}
    </section>
  )
}
