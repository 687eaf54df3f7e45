using System.Text.Json;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Input;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Framework;

/// <summary>An authority administrator edits a draft framework and publishes it; published versions stay as they were.</summary>
internal sealed class FrameworkCommandsHandler(AuditDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<CreateDraftCommand, FrameworkVersionSummaryDto>,
    IRequestHandler<SaveDraftItemCommand, string>,
    IRequestHandler<RemoveDraftItemCommand, Unit>,
    IRequestHandler<ImportDraftCommand, FrameworkVersionSummaryDto>,
    IRequestHandler<PublishDraftCommand, FrameworkVersionSummaryDto>
{
    public async Task<FrameworkVersionSummaryDto> Handle(CreateDraftCommand request, CancellationToken cancellationToken)
    {
        EnsureAdmin();
        if (await db.FrameworkVersions.AnyAsync(v => v.Status == FrameworkVersionStatus.Draft, cancellationToken))
        {
            throw new ConflictException("There is already a draft. Publish or edit it first.");
        }

        var latest = await db.FrameworkVersions.OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var draft = FrameworkVersion.Draft((latest?.Number ?? 0) + 1, latest?.Content ?? DefaultFramework.Create(), clock.GetUtcNow());
        db.FrameworkVersions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Summary(draft);
    }

    public async Task<string> Handle(SaveDraftItemCommand request, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(request.VersionId, cancellationToken);
        var content = draft.Content;
        var strandKey = string.IsNullOrWhiteSpace(request.StrandKey) ? null : request.StrandKey;
        var errors = new Dictionary<string, string[]>();
        if (content.Element(request.ElementKey) is null)
        {
            errors["ElementKey"] = ["Choose an element"];
        }

        if (strandKey is not null && content.Strand(strandKey) is null)
        {
            errors["StrandKey"] = ["Choose a strand, or all strands"];
        }

        if (string.IsNullOrWhiteSpace(request.Statement))
        {
            errors["Statement"] = ["Enter the statement to audit"];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var key = string.IsNullOrWhiteSpace(request.Key) ? NewKey(content, request.ElementKey, strandKey) : request.Key;
        if (!string.IsNullOrWhiteSpace(request.Key) && content.Items.All(i => i.Key != key))
        {
            throw new NotFoundException($"The draft has no item {key}.");
        }

        var item = new ItemDefinition(key, request.ElementKey, strandKey, request.Statement.Trim(), request.Guidance.Trim(), request.Evidence.Trim());
        var items = content.Items.Any(i => i.Key == key)
            ? content.Items.Select(i => i.Key == key ? item : i).ToList()
            : [.. content.Items, item];
        draft.Edit(content with { Items = items });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<Unit> Handle(RemoveDraftItemCommand request, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(request.VersionId, cancellationToken);
        if (draft.Content.Items.All(i => i.Key != request.Key))
        {
            throw new NotFoundException($"The draft has no item {request.Key}.");
        }

        draft.Edit(draft.Content with { Items = draft.Content.Items.Where(i => i.Key != request.Key).ToList() });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async Task<FrameworkVersionSummaryDto> Handle(ImportDraftCommand request, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(request.VersionId, cancellationToken);
        FrameworkContent imported;
        try
        {
            imported = request.Format == "csv" ? FrameworkCsv.ReadItems(request.Text, draft.Content) : FrameworkContentJson.DeserializeImport(request.Text);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            throw RequestValidationException.For("Text", $"The file could not be read: {exception.Message}");
        }

        InputRule.Enforce(imported);
        FrameworkContentRules.Check(imported);
        draft.Edit(imported);
        await db.SaveChangesAsync(cancellationToken);
        return Summary(draft);
    }

    public async Task<FrameworkVersionSummaryDto> Handle(PublishDraftCommand request, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(request.VersionId, cancellationToken);
        draft.Publish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Summary(draft);
    }

    private async Task<FrameworkVersion> DraftAsync(Guid versionId, CancellationToken cancellationToken)
    {
        EnsureAdmin();
        var version = await db.FrameworkVersions.SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken)
            ?? throw new NotFoundException("No framework version with that id was found.");
        if (version.Status != FrameworkVersionStatus.Draft)
        {
            throw new ConflictException($"Version {version.Number} is published and cannot change. Start a new draft.");
        }

        return version;
    }

    private void EnsureAdmin()
    {
        if (!user.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators edit the audit framework.");
        }
    }

    private static string NewKey(FrameworkContent content, string elementKey, string? strandKey)
    {
        var prefix = strandKey is null ? elementKey : $"{elementKey}-{strandKey}";
        var number = 1;
        while (content.Items.Any(i => i.Key == $"{prefix}-{number:00}"))
        {
            number++;
        }

        return $"{prefix}-{number:00}";
    }

    private static FrameworkVersionSummaryDto Summary(FrameworkVersion v) =>
        new(v.Id, v.Number, v.Status.ToString(), v.CreatedAt, v.PublishedAt, v.Content.Items.Count, 0);
}
