using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Querying;
using ProChile.Crm.LocalOrganization.Storage;
using ProChile.Crm.Registration;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// Builds a step's entity images from the record's state: exactly the declared columns that have a value (a
    /// column the step did not declare is absent even if the record has it), copies, lookups named.
    /// </summary>
    internal sealed class ImageBuilder
    {
        private readonly ValuePresenter presenter;

        public ImageBuilder(ValuePresenter presenter)
        {
            this.presenter = presenter;
        }

        public EntityImageCollection Build(ImageDeclaration? declaration, StoredRecord? state)
        {
            var images = new EntityImageCollection();
            if (declaration == null || state == null)
            {
                return images;
            }

            var image = new Entity(state.TableName, state.Id);
            foreach (var column in declaration.Attributes)
            {
                if (state[column] is { } value)
                {
                    image[column] = presenter.Present(value);
                }
            }

            images[declaration.Name] = image;
            return images;
        }
    }
}
