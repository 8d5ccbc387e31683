import { FieldFindings as FieldFindings_6d960d368a0af08c3961135b7b3a0974 } from '@/components/admin/FieldFindings'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ContentChecks as ContentChecks_eacfe6207229a44fb5744ca765aa275e } from '@/components/admin/ContentChecks'
import { StateField as StateField_04c6879b8e43f482efe9e0855a941f78 } from '@/components/admin/workflow/StateField'
import { WorkflowMoves as WorkflowMoves_27b33ea7e7b1e16f29713354693b6628 } from '@/components/admin/workflow/WorkflowMoves'
import { WorkflowStatus as WorkflowStatus_484777727a0b1cc3b690ff49fc06ffbf } from '@/components/admin/workflow/WorkflowStatus'
import { NoUnpublish as NoUnpublish_27b33ea7e7b1e16f29713354693b6628 } from '@/components/admin/workflow/WorkflowMoves'
import { PostPreview as PostPreview_26c22a6cfba7ab73e05391d9890101cb } from '@/components/admin/PostPreview'
import { SendProgress as SendProgress_e045cc4c3f404710821560596ba39d95 } from '@/components/admin/SendProgress'
import { EmailPreview as EmailPreview_26ff0c3c8c64756354667624f7216f27 } from '@/components/admin/EmailPreview'
import { PauseBanner as PauseBanner_9ffd426735ca0e67cc23c16dd27db728 } from '@/components/admin/PauseBanner'
import { NavLink as NavLink_a7f2f49ffbab8ae3aa2331ec93b49887 } from '@/components/admin/NavLink'
import { CampaignHome as CampaignHome_8a012817de93f2cf986ca6680fa7197b } from '@/components/admin/home/CampaignHome'
import { EmailTemplatesView as EmailTemplatesView_268cfcf0db4368557d5fa94d101758ca } from '@/components/admin/EmailTemplatesView'
import { CalendarView as CalendarView_d7ea984c9b1140e65007df1cfceb9742 } from '@/components/admin/CalendarView'
import { InsightView as InsightView_329ef23261fc705bd98b78c089886945 } from '@/components/admin/InsightView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/FieldFindings#FieldFindings": FieldFindings_6d960d368a0af08c3961135b7b3a0974,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/ContentChecks#ContentChecks": ContentChecks_eacfe6207229a44fb5744ca765aa275e,
  "@/components/admin/workflow/StateField#StateField": StateField_04c6879b8e43f482efe9e0855a941f78,
  "@/components/admin/workflow/WorkflowMoves#WorkflowMoves": WorkflowMoves_27b33ea7e7b1e16f29713354693b6628,
  "@/components/admin/workflow/WorkflowStatus#WorkflowStatus": WorkflowStatus_484777727a0b1cc3b690ff49fc06ffbf,
  "@/components/admin/workflow/WorkflowMoves#NoUnpublish": NoUnpublish_27b33ea7e7b1e16f29713354693b6628,
  "@/components/admin/PostPreview#PostPreview": PostPreview_26c22a6cfba7ab73e05391d9890101cb,
  "@/components/admin/SendProgress#SendProgress": SendProgress_e045cc4c3f404710821560596ba39d95,
  "@/components/admin/EmailPreview#EmailPreview": EmailPreview_26ff0c3c8c64756354667624f7216f27,
  "@/components/admin/PauseBanner#PauseBanner": PauseBanner_9ffd426735ca0e67cc23c16dd27db728,
  "@/components/admin/NavLink#NavLink": NavLink_a7f2f49ffbab8ae3aa2331ec93b49887,
  "@/components/admin/home/CampaignHome#CampaignHome": CampaignHome_8a012817de93f2cf986ca6680fa7197b,
  "@/components/admin/EmailTemplatesView#EmailTemplatesView": EmailTemplatesView_268cfcf0db4368557d5fa94d101758ca,
  "@/components/admin/CalendarView#CalendarView": CalendarView_d7ea984c9b1140e65007df1cfceb9742,
  "@/components/admin/InsightView#InsightView": InsightView_329ef23261fc705bd98b78c089886945,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
