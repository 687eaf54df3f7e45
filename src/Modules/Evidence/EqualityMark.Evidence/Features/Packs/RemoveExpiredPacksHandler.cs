using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Domain;
using EqualityMark.Shared.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>Daily, per authority: packs past their expiry lose their documents and show as expired.</summary>
public sealed record RemoveExpiredEvidencePacksCommand : ICommand<Unit>;

internal sealed class RemoveExpiredPacksHandler(EvidenceDbContext db, TimeProvider clock) : IRequestHandler<RemoveExpiredEvidencePacksCommand, Unit>
{
    public async Task<Unit> Handle(RemoveExpiredEvidencePacksCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = db.Packs.Where(p => p.Status == EvidencePackStatus.Ready && p.ExpiresAt <= now);
        await db.PackDocuments.Where(d => expired.Any(p => p.Id == d.PackId)).ExecuteDeleteAsync(cancellationToken);
        await expired.ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, EvidencePackStatus.Expired).SetProperty(p => p.Stage, "Expired"), cancellationToken);
        return Unit.Value;
    }
}
