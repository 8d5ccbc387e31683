import data from './rules.json' with { type: 'json' }

import type { Severity } from './types'

export type Rule = {
  id: string
  category: 'label' | 'safe-messaging' | 'plain-english' | 'channel'
  severity: Severity
  pattern: string
  why: string
  instead: string
  source: string
  negatable?: boolean
  /** Also negated by a negation inside the match: "thoughts that are not dangerous". */
  negationInside?: boolean
  scope?: 'suicide'
}

export const rulesVersion: string = data.version
export const rules = data.rules as Rule[]
export const suicideTopic = new RegExp(data.suicideTopic, 'iu')
export const mumsOnlyWords = new RegExp(data.mumsOnly, 'iu')
export const allParentsWords = new RegExp(data.allParents, 'iu')
export const allowedConditionNames: string[] = data.allowedConditionNames
