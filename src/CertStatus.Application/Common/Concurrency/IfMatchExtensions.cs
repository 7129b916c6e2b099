using CertStatus.Application.Common.Exceptions;

namespace CertStatus.Application.Common.Concurrency;

public static class IfMatchExtensions
{
    /// <summary>Throws <see cref="PreconditionFailedException"/> unless the precondition is absent or names <paramref name="currentVersion"/>.</summary>
    public static void EnsureSatisfiedBy(this IfMatch? ifMatch, Guid currentVersion)
    {
        if (ifMatch is not null && !ifMatch.IsSatisfiedBy(currentVersion))
        {
            throw new PreconditionFailedException(currentVersion);
        }
    }
}
