import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { TARGET_GROUP_LABELS } from '../../../../../shared/outreach';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useI18n, useT } from '../../../app/i18n';
import { contentKeys, getPublicContent } from './api';
import { RichText } from './RichText';

/** One published article or video on the portal: the server-sanitized body, its column and groups. */
export default function KepuDetailPage() {
  const t = useT();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: contentKeys.publicOne(id), queryFn: () => getPublicContent(id), enabled: id > 0 });
  const c = q.data;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 880, margin: '0 auto', width: '100%' }}>
      <Link to="/portal/kepu">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('content.portal.back')}
        </Button>
      </Link>
      {q.error ? <Alert type="error" showIcon title={errorText(q.error)} /> : null}
      {q.isLoading ? <Skeleton active /> : null}
      {c ? (
        <Card variant="borderless">
          <article>
            <Typography.Title level={1} style={{ fontSize: 28 }}>
              {c.title}
            </Typography.Title>
            <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
              {c.columnId && c.columnName ? (
                <Link to={`/portal/kepu/columns/${c.columnId}`}>
                  <Tag color="geekblue">{c.columnName}</Tag>
                </Link>
              ) : null}
              {c.targetGroups.map((g) => (
                <Tag key={g}>{TARGET_GROUP_LABELS[g]?.[locale === 'en-US' ? 'en' : 'zh'] ?? g}</Tag>
              ))}
              <Typography.Text type="secondary">
                {[c.author, c.source, c.publishedAt?.slice(0, 10), c.orgName].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
            {c.summary ? (
              <Typography.Paragraph type="secondary" style={{ fontSize: 16, borderInlineStart: '4px solid #1f4e8c', paddingInlineStart: 12 }}>
                {c.summary}
              </Typography.Paragraph>
            ) : null}
            {c.kind === 'video' && c.videoUrl ? (
              <Flex vertical gap={8} style={{ marginBottom: 16 }}>
                {/\.(mp4|webm|ogg)(\?|$)/i.test(c.videoUrl) ? (
                  // biome-ignore lint/a11y/useMediaCaption: videos come by link without caption tracks
                  <video src={c.videoUrl} poster={c.posterUrl ?? undefined} controls style={{ width: '100%', background: '#000' }} />
                ) : null}
                <a href={c.videoUrl} target="_blank" rel="noopener noreferrer">
                  {t('content.portal.watch')}
                </a>
              </Flex>
            ) : c.coverUrl ? (
              <img src={c.coverUrl} alt="" style={{ width: '100%', marginBottom: 16 }} />
            ) : null}
            <RichText html={c.body} />
          </article>
        </Card>
      ) : null}
    </Flex>
  );
}
