using EqualityMark.Evidence.Contracts;
using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Evidence.Features.Leaving;

/// <summary>Removes every file of the school; the bytes go with their description (cascade).</summary>
internal sealed class DeleteEvidenceSchoolDataHandler(EvidenceDbContext db, ICurrentUser user) : IRequestHandler<DeleteEvidenceSchoolDataCommand, Unit>
{
    public async Task<Unit> Handle(DeleteEvidenceSchoolDataCommand request, CancellationToken cancellationToken)
    {
        user.EnsureAdmin();
        await db.LockAgainstWritesAsync<EvidenceFile>(cancellationToken);
        await db.Files.Where(f => f.SchoolId == request.SchoolId).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
