import { DeleteOutlined, EyeOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { DateField } from '@refinedev/antd';
import { useCustom } from '@refinedev/core';
import { attachmentEvidenceTypes, type AttachmentRecord } from '@yibao/shared';
import { App, Button, Input, Modal, Popconfirm, Select, Space, Table, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_URL, type ApiError, apiDownload, apiFetch, apiFetchFile, currentSession, toApiError } from '../../providers/http';

/** What the API accepts (it decides by the bytes; this only filters the file picker). */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.ofd,.xlsx,.docx';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const previewable = (a: AttachmentRecord) => a.contentType === 'application/pdf' || a.contentType === 'image/png' || a.contentType === 'image/jpeg';

/** The bytes of an attachment as a blob URL of its sniffed type (the API only ever sends it as a download). */
async function blobUrl(a: AttachmentRecord): Promise<string> {
  const res = await apiFetchFile(`/attachments/${a.id}/content`);
  return URL.createObjectURL(new Blob([await res.arrayBuffer()], { type: a.contentType }));
}

/**
 * The evidence files of one record (`/api/<resource>/:id/attachments`), for any resource that has them:
 * upload with a progress bar while `editable`, the list with size, uploader and time, download, delete (the
 * uploader's own, while the record is editable — the API's `deletable`), and a preview of images and PDFs.
 * Where the resource declares an evidence-type list (shared ATTACHMENT_EVIDENCE_TYPE_LISTS: a fraud case's 书证,
 * 物证 …), the upload offers a select and the list a column, labelled from that code list.
 */
export function Attachments({ resource, id, editable }: { resource: string; id: number | string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const { notification } = App.useApp();
  const [note, setNote] = useState('');
  const evidenceTypes = attachmentEvidenceTypes(resource);
  const lang = i18n.language === 'en-US' ? 'en' : 'zh';
  const [evidenceType, setEvidenceType] = useState<string>();
  const [uploading, setUploading] = useState<NonNullable<UploadProps['fileList']>>([]);
  const [preview, setPreview] = useState<{ record: AttachmentRecord; url: string }>();
  const base = `/${resource}/${encodeURIComponent(String(id))}/attachments`;
  const { result, query } = useCustom<AttachmentRecord[], ApiError>({ url: base, method: 'get', queryOptions: { staleTime: 0 } });
  const data: unknown = result?.data;
  const rows = useMemo(() => (Array.isArray(data) ? (data as AttachmentRecord[]) : []), [data]);

  const failed = (e: unknown) =>
    notification.error({ key: `attachments-${resource}-${id}`, message: t('attachments.failed'), description: (e as ApiError).message });

  const upload: UploadProps = {
    name: 'file',
    action: `${API_URL}${base}`,
    accept: ACCEPT,
    withCredentials: true,
    // read when each upload starts: the CSRF token of the session, the note typed and the evidence type chosen so far
    headers: { 'X-CSRF-Token': currentSession()?.csrfToken ?? '', Accept: 'application/json' },
    data: () => ({ ...(note.trim() ? { note: note.trim() } : {}), ...(evidenceTypes && evidenceType ? { evidenceType } : {}) }),
    multiple: false,
    fileList: uploading,
    showUploadList: { showRemoveIcon: false },
    progress: { strokeWidth: 3, showInfo: true },
    onChange: ({ file, fileList }) => {
      setUploading(fileList.filter((f) => f.status === 'uploading'));
      if (file.status === 'done') {
        setNote('');
        setEvidenceType(undefined);
        void query.refetch();
      } else if (file.status === 'error') {
        const status = (file.error as { status?: number } | undefined)?.status ?? 0;
        failed(toApiError(status, (file.response as object | null) ?? null));
      }
    },
  };

  const remove = async (a: AttachmentRecord) => {
    try {
      await apiFetch(`/attachments/${a.id}`, { method: 'DELETE' });
      void query.refetch();
    } catch (e) {
      failed(e);
    }
  };

  // 更正证据种类 (PATCH /api/attachments/:id): the record's writers, audited by the API
  const { message } = App.useApp();
  const retype = async (a: AttachmentRecord, code: string) => {
    try {
      await apiFetch(`/attachments/${a.id}`, { method: 'PATCH', body: { evidenceType: code } });
      void message.success(t('attachments.evidenceTypeSaved'));
      void query.refetch();
    } catch (e) {
      failed(e);
    }
  };

  const open = async (a: AttachmentRecord) => {
    try {
      setPreview({ record: a, url: await blobUrl(a) });
    } catch (e) {
      failed(e);
    }
  };
  const close = () => {
    if (preview) URL.revokeObjectURL(preview.url);
    setPreview(undefined);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="attachments">
      {editable && (
        <Space.Compact style={{ width: '100%', maxWidth: evidenceTypes ? 840 : 640 }}>
          {evidenceTypes && (
            <Select<string>
              value={evidenceType}
              onChange={setEvidenceType}
              allowClear
              style={{ minWidth: 200 }}
              placeholder={t('attachments.evidenceTypePlaceholder')}
              aria-label={t('attachments.fields.evidenceType')}
              options={evidenceTypes.values.map((v) => ({ value: v, label: evidenceTypes[lang][v] }))}
              data-testid="attachment-evidence-type"
            />
          )}
          <Input
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('attachments.notePlaceholder')}
            aria-label={t('attachments.fields.note')}
            data-testid="attachment-note"
          />
          <Upload {...upload} data-testid="attachment-upload">
            <Button icon={<UploadOutlined />} type="primary" data-testid="attachment-upload-button">
              {t('attachments.upload')}
            </Button>
          </Upload>
        </Space.Compact>
      )}
      {editable && <Typography.Text type="secondary">{t('attachments.hint')}</Typography.Text>}
      <Table<AttachmentRecord>
        rowKey="id"
        size="small"
        loading={query.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('attachments.empty') }}
        data-testid="attachment-list"
        columns={[
          {
            title: t('attachments.fields.fileName'),
            dataIndex: 'fileName',
            render: (name: string, a) => (
              <Button
                type="link"
                size="small"
                icon={<PaperClipOutlined />}
                onClick={() => apiDownload(`/attachments/${a.id}/content`, name).catch(failed)}
                data-testid="attachment-download"
              >
                {name}
              </Button>
            ),
          },
          ...(evidenceTypes
            ? [
                {
                  title: t('attachments.fields.evidenceType'),
                  dataIndex: 'evidenceType',
                  width: 140,
                  render: (v: string | null, a: AttachmentRecord) =>
                    editable ? (
                      <Select<string>
                        size="small"
                        value={v ?? undefined}
                        onChange={(code) => void retype(a, code)}
                        style={{ width: 130 }}
                        placeholder={t('attachments.evidenceTypeUnset')}
                        aria-label={t('attachments.fields.evidenceType')}
                        options={evidenceTypes.values.map((code) => ({ value: code, label: evidenceTypes[lang][code] }))}
                        data-testid="attachment-evidence-type-edit"
                      />
                    ) : v && evidenceTypes.is(v) ? (
                      evidenceTypes[lang][v]
                    ) : (
                      ''
                    ),
                },
              ]
            : []),
          { title: t('attachments.fields.size'), dataIndex: 'size', render: (v: number) => formatSize(v), width: 100 },
          { title: t('attachments.fields.uploadedBy'), dataIndex: 'uploadedBy', width: 140 },
          {
            title: t('attachments.fields.uploadedAt'),
            dataIndex: 'uploadedAt',
            render: (v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />,
            width: 150,
          },
          { title: t('attachments.fields.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
          {
            title: t('table.actions', { defaultValue: '' }),
            key: 'actions',
            width: 120,
            render: (_: unknown, a) => (
              <Space size={0}>
                {previewable(a) && (
                  <Button
                    type="link"
                    size="small"
                    icon={<EyeOutlined />}
                    onClick={() => void open(a)}
                    aria-label={t('attachments.preview')}
                    data-testid="attachment-preview"
                  />
                )}
                {a.deletable && (
                  <Popconfirm title={t('attachments.confirmDelete', { name: a.fileName })} onConfirm={() => remove(a)}>
                    <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('attachments.delete')} data-testid="attachment-delete" />
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal open={Boolean(preview)} title={preview?.record.fileName} onCancel={close} footer={null} width={900} destroyOnHidden>
        {preview &&
          (preview.record.contentType === 'application/pdf' ? (
            <iframe
              src={preview.url}
              title={preview.record.fileName}
              style={{ width: '100%', height: '75vh', border: 0 }}
              data-testid="attachment-pdf-preview"
            />
          ) : (
            <img src={preview.url} alt={preview.record.fileName} style={{ maxWidth: '100%' }} data-testid="attachment-image-preview" />
          ))}
      </Modal>
    </Space>
  );
}
