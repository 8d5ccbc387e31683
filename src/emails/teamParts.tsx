import { Heading, Text } from '@react-email/components'
import type React from 'react'

import { Panel } from './parts'
import { cls, light, styles } from './theme'

// Emails to partners and the campaign team are in English only, whatever language the sender passes.
export const teamLocale = 'en' as const

/** A light box around one item (a material, a date, a message to review), headed at h3. */
export function ItemCard({ heading, eyebrow, children }: { heading: React.ReactNode; eyebrow?: string; children?: React.ReactNode }) {
  return (
    <Panel
      className={cls.card}
      outerStyle={{ marginBottom: '12px' }}
      style={{ backgroundColor: light.card, border: `1px solid ${light.line}`, borderRadius: '10px', padding: '12px 14px 4px' }}
    >
      {eyebrow && (
        <Text className={cls.soft} style={{ ...styles.small, fontWeight: 700, margin: '0 0 4px' }}>
          {eyebrow}
        </Text>
      )}
      <Heading as="h3" className={cls.ink} style={{ ...styles.h3, margin: '0 0 8px' }}>
        {heading}
      </Heading>
      {children}
    </Panel>
  )
}
