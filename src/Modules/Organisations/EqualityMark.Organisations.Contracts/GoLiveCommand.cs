using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Organisations.Contracts;

/// <summary>The authority's administrator opens the programme to schools once its setup is complete.</summary>
public sealed record GoLiveCommand : ICommand<TenantDto>, IChangesPublicPages;
