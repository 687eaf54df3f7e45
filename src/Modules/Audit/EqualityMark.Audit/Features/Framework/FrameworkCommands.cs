using System.ComponentModel.DataAnnotations;
using EqualityMark.Shared.Input;
using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Audit.Features.Framework;

/// <summary>Starts a new draft from the latest version (or the default framework when there is none).</summary>
internal sealed record CreateDraftCommand : ICommand<FrameworkVersionSummaryDto>;

/// <summary>Adds an item to the draft (Key empty) or changes one. StrandKey empty = the item applies to every strand.</summary>
internal sealed record SaveDraftItemCommand(Guid VersionId, string? Key, string ElementKey, string? StrandKey, string Statement, string Guidance, string Evidence) : ICommand<string>;

internal sealed record RemoveDraftItemCommand(Guid VersionId, string Key) : ICommand<MediatR.Unit>;

/// <summary>Replaces the draft's content with an imported framework (JSON, as exported, or CSV of items).</summary>
internal sealed record ImportDraftCommand(Guid VersionId, string Format, [property: MaxLength(InputLimits.DocumentMaxLength)] string Text) : ICommand<FrameworkVersionSummaryDto>;

internal sealed record PublishDraftCommand(Guid VersionId) : ICommand<FrameworkVersionSummaryDto>, IChangesPublicPages;
