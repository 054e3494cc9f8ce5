// A dashed straight edge for sigma v3, which draws only solid edges (dashes come to sigma with v4's edge layers, not
// yet released). Each edge is a quad like sigma's rectangle program; the vertex shader measures the edge on screen,
// so the fragment shader can leave gaps every few pixels along it at any zoom. Paired with sigma's arrow head in
// `DashedArrowProgram`, it draws a contradiction apart from agreement, whose edges stay solid.
import {
  createEdgeArrowHeadProgram,
  createEdgeCompoundProgram,
  EdgeProgram,
  type EdgeProgramType,
} from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import type { EdgeAttributes, NodeAttributes } from './graph-attributes';

/** Length of a dash and of a gap, in CSS pixels on screen. */
export const DASH_PX = 7;
export const GAP_PX = 5;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const float bias = 255.0 / 254.0;

void main() {
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  // At least u_minEdgeThickness pixels thick on screen, whatever the zoom.
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness, 1)).xy, 0, 1);

  // The edge's length on screen in CSS pixels (clip space spans 2 units across the viewport).
  vec2 start = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 end = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length((end - start) * u_resolution * 0.5);

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

uniform float u_dash;
uniform float u_gap;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  if (mod(v_along, u_dash + u_gap) > u_dash) discard;
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  // Soft sides, as sigma's own edges have.
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const UNIFORMS = [
  'u_matrix',
  'u_zoomRatio',
  'u_sizeRatio',
  'u_correctionRatio',
  'u_pixelRatio',
  'u_feather',
  'u_minEdgeThickness',
  'u_resolution',
  'u_dash',
  'u_gap',
] as const;

type Uniform = (typeof UNIFORMS)[number];

export class DashedEdgeProgram extends EdgeProgram<Uniform, NodeAttributes, EdgeAttributes> {
  getDefinition() {
    const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_positionStart', size: 2, type: FLOAT },
        { name: 'a_positionEnd', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      // Two triangles from the source (coef 0) to the target (coef 1), on either side of the line (normal ±1).
      CONSTANT_ATTRIBUTES: [
        { name: 'a_positionCoef', size: 1, type: FLOAT },
        { name: 'a_normalCoef', size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 1],
        [0, -1],
        [1, 1],
        [1, 1],
        [0, -1],
        [1, -1],
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const thickness = data.size || 1;
    const dx = targetData.x - sourceData.x;
    const dy = targetData.y - sourceData.y;
    const length = Math.hypot(dx, dy);
    const n1 = length ? (-dy / length) * thickness : 0;
    const n2 = length ? (dx / length) * thickness : 0;
    const array = this.array;
    array[startIndex++] = sourceData.x;
    array[startIndex++] = sourceData.y;
    array[startIndex++] = targetData.x;
    array[startIndex++] = targetData.y;
    array[startIndex++] = n1;
    array[startIndex++] = n2;
    array[startIndex++] = floatColor(data.color);
    array[startIndex] = edgeIndex;
  }

  setUniforms(
    params: RenderParams,
    { gl, uniformLocations }: { gl: WebGLRenderingContext; uniformLocations: Record<Uniform, WebGLUniformLocation> },
  ): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(uniformLocations.u_feather, params.antiAliasingFeather);
    gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform2f(uniformLocations.u_resolution, params.width, params.height);
    gl.uniform1f(uniformLocations.u_dash, DASH_PX);
    gl.uniform1f(uniformLocations.u_gap, GAP_PX);
  }
}

/** A dashed edge with sigma's arrow head at its target: direction stays visible. */
export const DashedArrowProgram: EdgeProgramType<NodeAttributes, EdgeAttributes> = createEdgeCompoundProgram<
  NodeAttributes,
  EdgeAttributes
>([DashedEdgeProgram, createEdgeArrowHeadProgram<NodeAttributes, EdgeAttributes>()]);
