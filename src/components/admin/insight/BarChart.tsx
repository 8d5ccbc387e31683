import React from 'react'

import { isSmall, shownCount } from '@/insight/figures'
import type { Bar } from '@/insight/report'

// A horizontal bar chart drawn on the server as SVG: one bar per row, the label on the left and the figure
// written at the bar's end, so nothing depends on colour. Counts under five get no bar, only the words
// "fewer than 5" (a bar would show the number). The table beside it holds the same figures.

const ROW = 28
const LABEL_WIDTH = 230
const BAR_AREA = 330
const VALUE_SPACE = 110
const WIDTH = LABEL_WIDTH + BAR_AREA + VALUE_SPACE
const INK = '#1a1a1a'
const BAR = '#1f4e79'

export function BarChart({ id, title, description, bars, unit }: { id: string; title: string; description: string; bars: Bar[]; unit: string }) {
  const max = Math.max(1, ...bars.map((bar) => (isSmall(bar.value) ? 0 : bar.value)))
  const height = Math.max(1, bars.length) * ROW + 8
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: WIDTH, background: '#ffffff', border: '1px solid #767676', borderRadius: 4 }}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.length === 0 && (
        <text x={8} y={20} fill={INK} fontSize={13}>
          Nothing to show for these filters.
        </text>
      )}
      {bars.map((bar, index) => {
        const y = index * ROW + 4
        const width = isSmall(bar.value) ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * BAR_AREA)
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={LABEL_WIDTH - 8} y={y + 17} textAnchor="end" fill={INK} fontSize={13}>
              {clipped(bar.label)}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 10} fill={BAR} />
            <text x={LABEL_WIDTH + width + 6} y={y + 17} fill={INK} fontSize={13}>
              {shownCount(bar.value)}
              {bar.value >= 5 ? ` ${unit}` : ''}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** Long labels are cut in the picture; the table beside it has them whole. */
const clipped = (label: string) => (label.length > 32 ? `${label.slice(0, 31)}…` : label)
