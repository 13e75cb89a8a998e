import { listProducts } from '../../../db/queries/products';
import type { Handlers } from '../dispatcher';
import { mustGetProduct } from '../guards';
import { addProduct, editProduct } from '../use-cases/products';

export const productHandlers = {
  'products.list': (ctx, input) => listProducts(ctx.db, input),
  'products.get': (ctx, input) => mustGetProduct(ctx, input.id),
  'products.create': addProduct,
  'products.update': editProduct,
} satisfies Partial<Handlers>;
